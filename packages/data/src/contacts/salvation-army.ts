import { defineContact } from '../define.js';

/**
 * Salvation Army: modern slavery referral line.
 */
export const contact = defineContact({
  id: 'salvation-army',
  name: 'Salvation Army: modern slavery referral line',
  organisation: 'The Salvation Army',
  category: 'support',
  summary:
    'Day and night, refers adults in England and Wales who may be victims of modern slavery into specialist support (safe housing, health care, legal advice) under the Modern Slavery Victim Care and Coordination Contract.',
  phones: [{ number: '+448008083733', display: '0800 808 3733', freephone: true }],
  emails: [],
  websites: [],
  availability: { type: 'always' },
  languages: ['en'],
  jurisdictions: ['GB-ENG', 'GB-WLS'],
  audiences: ['victims', 'professionals'],
  source: {
    title: 'The Salvation Army: supporting survivors of modern slavery',
    url: 'https://www.salvationarmy.org.uk/modern-slavery/supporting-survivors',
  },
  verifiedOn: '2026-11-30',
});
