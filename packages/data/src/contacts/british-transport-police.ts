import { defineContact } from '../define.js';

/**
 * British Transport Police.
 */
export const contact = defineContact({
  id: 'british-transport-police',
  name: 'British Transport Police',
  organisation: 'British Transport Police',
  category: 'report',
  summary:
    "The police for Great Britain's railways. Report a concern on a train or at a station by phone, or by text at any time; you can text without giving your name.",
  phones: [
    { number: '+44800405040', display: '0800 40 50 40', freephone: true },
    {
      number: '61016',
      display: '61016',
      label: 'Text',
      textOnly: true,
      freephone: false,
      note: 'Your network may charge for the text.',
    },
  ],
  emails: [],
  websites: [],
  availability: { type: 'always' },
  languages: ['en'],
  anonymous: true,
  confidence: 'unverified',
  confidenceNote: 'The sources say the text line is open 24/7; that the phone line is too is assumed.',
  jurisdictions: ['GB-ENG', 'GB-WLS', 'GB-SCT'],
  audiences: ['public', 'victims', 'professionals'],
  source: { title: 'British Transport Police: frequently asked questions', url: 'https://www.btp.police.uk/advice_and_information/faqs.aspx' },
  credits: [
    {
      title: 'British Transport Police: how to use our text number, questions and answers',
      url: 'https://www.btp.police.uk/police-forces/british-transport-police/areas/campaigns/How-to-use-our-text-number/',
    },
  ],
  verifiedOn: '2026-12-03',
});
