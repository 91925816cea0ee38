import type { Contact } from '../schemas.js';

/**
 * Police: non-emergency.
 */
export const contact: Contact = {
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
  confidence: 'unverified',
  confidenceNote: 'That 101 is free to call rests on the national change of April 2014, not on the source page.',
  source: {
    title: 'West Yorkshire Police and North Yorkshire Police: contact us, emergency SMS and textphone',
    url: 'https://www.westyorkshire.police.uk/',
  },
  verifiedOn: '2026-11-30',
};
