import { defineContact } from '../define.js';

/**
 * Police Scotland: 999 in an emergency, 101 otherwise. Its National Human Trafficking Unit is
 * a First Responder, and the police lead on a child's referral with social work.
 */
export const contact = defineContact({
  id: 'police-scotland',
  name: 'Police Scotland',
  organisation: 'Police Service of Scotland',
  category: 'report',
  summary:
    'The police in Scotland. Call 999 if anyone is in danger now. Call 101 to report a concern when no one is in immediate danger. Police Scotland is a First Responder: it can refer a possible victim to the National Referral Mechanism.',
  // 101 has been free from every UK network since 1 April 2020 (the Home Office announcement in
  // credits). No source we hold gives a textphone line here.
  phones: [{ number: '101', display: '101', label: 'Non-emergency', freephone: true }],
  emails: [],
  websites: [{ url: 'https://www.scotland.police.uk/', label: 'Police Scotland' }],
  availability: { type: 'always' },
  languages: ['en'],
  jurisdictions: ['GB-SCT'],
  audiences: ['public', 'victims', 'professionals'],
  source: { title: 'Police Scotland: call handling (999 in an emergency, 101 for other enquiries)', url: 'https://scotland.police.uk/about-us/how-we-do-it/call-handling' },
  credits: [
    { title: 'UK Police News: 101 phone number free from 1 April 2020 (Home Office announcement, 31 March 2020)', url: 'https://www.ukpol.org.uk/2020/03/31/101-phone-number-free-from-april-1-2020/' },
    {
      title: 'Scottish Government: human trafficking and exploitation, what health workers need to know (2019): First Responders in Scotland',
      url: 'https://www.gov.scot/publications/human-trafficking-exploitation-health-workers-need-know/pages/7/',
    },
  ],
  verifiedOn: '2026-12-04',
});
