import { defineContact } from '../define.js';

/**
 * A21 UK.
 */
export const contact = defineContact({
  id: 'a21-uk',
  name: 'A21 UK',
  organisation: 'A21',
  category: 'advice',
  summary:
    'Advice for front-line professionals on a possible trafficking case, help with an operation, or return support for a possible victim; also training for organisations.',
  phones: [{ number: '+442077366994', display: '020 7736 6994', freephone: false }],
  emails: [{ address: 'info.uk@a21.org' }],
  websites: [],
  availability: { type: 'unknown' },
  languages: ['en'],
  jurisdictions: ['GB-ENG', 'GB-WLS', 'GB-SCT', 'GB-NIR'],
  audiences: ['professionals', 'employers'],
  confidence: 'unverified',
  confidenceNote:
    "The number and email are as printed in A21's guide for organisations; no other source confirms them, its opening hours or the nations it serves.",
  source: { title: 'A21, Developing a counter-trafficking strategy (guide for organisations)', url: 'https://www.a21.org/' },
  verifiedOn: '2026-11-30',
});
