import type { Contact } from '@ctkit/data/schemas';

/** The hotel's central point of contact (01632 960xxx numbers are reserved for drama). */
export const dutyManager: Contact = {
  id: 'riverside-duty-manager',
  name: 'Duty manager, Riverside Hotel',
  category: 'internal',
  summary: 'The central point of contact, day and night.',
  phones: [{ number: '+441632960555', display: '01632 960555' }],
  emails: [],
  websites: [],
  availability: { type: 'always' },
  languages: ['en'],
  jurisdictions: ['GB-ENG'],
  audiences: ['professionals'],
  source: { title: 'Riverside Hotel staff handbook', url: 'https://example.org/handbook' },
  verifiedOn: '2026-11-01',
};
