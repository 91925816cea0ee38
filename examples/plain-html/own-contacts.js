/**
 * The hotel's own contacts, shown first in the directory and named by its referral pathway.
 * (01632 960xxx numbers are reserved by Ofcom for drama.)
 */
export const dutyManager = {
  id: 'riverside-duty-manager',
  name: 'Duty manager, Riverside Hotel',
  category: 'internal',
  summary: 'The central point of contact, day and night: tell the duty manager about any concern.',
  phones: [{ number: '+441632960555', display: '01632 960555', label: 'Reception, ask for the duty manager' }],
  emails: [],
  websites: [],
  availability: { type: 'always' },
  languages: ['en'],
  jurisdictions: ['GB-ENG'],
  audiences: ['professionals'],
  source: { title: 'Riverside Hotel staff handbook', url: 'https://example.org/handbook' },
  verifiedOn: '2026-11-01',
};
