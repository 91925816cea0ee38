import { defineContact } from '../define.js';

/**
 * Police: non-emergency.
 */
export const contact = defineContact({
  id: 'police-non-emergency',
  name: 'Police: non-emergency',
  organisation: 'UK police forces',
  category: 'report',
  summary:
    'Call 101 to report a concern to your local police when no one is in immediate danger. The police can refer a possible victim to the National Referral Mechanism.',
  phones: [
    { number: '101', display: '101', freephone: true },
    { number: '18001101', display: '18001 101', label: 'Textphone (Relay UK)', textphone: true },
  ],
  emails: [],
  websites: [],
  availability: { type: 'always' },
  languages: ['en'],
  jurisdictions: ['GB-ENG', 'GB-WLS', 'GB-SCT', 'GB-NIR'],
  audiences: ['public', 'victims', 'professionals'],
  source: {
    title: 'UK Police News: 101 phone number free from 1 April 2020 (Home Office announcement, 31 March 2020)',
    url: 'https://www.ukpol.org.uk/2020/03/31/101-phone-number-free-from-april-1-2020/',
  },
  credits: [
    { title: 'BBC News: Non-emergency 101 calls to become free (from April 2020)', url: 'https://www.bbc.co.uk/news/uk-48423791' },
    {
      title: 'West Yorkshire Police: deaf and hard of hearing information (18001 101)',
      url: 'https://www.westyorkshire.police.uk/advice/our-services/accessible-information/deaf-and-hard-hearing-information/deaf-and-hard-hearing-information',
    },
  ],
  verifiedOn: '2026-12-03',
});
