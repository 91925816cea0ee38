import { defineContact } from '../define.js';

/**
 * GP out of hours in Northern Ireland, which has no NHS 111: five providers, each with its own
 * number, which the GP practice's own line gives when the practice is closed.
 */
export const contact = defineContact({
  id: 'ni-gp-out-of-hours',
  name: 'GP out of hours (Northern Ireland)',
  organisation: 'Health and Social Care, Northern Ireland',
  category: 'advice',
  summary:
    'Urgent medical help in Northern Ireland when the GP surgery is closed (usually weekdays 6pm to 8am, and from 6pm Friday to 8am Monday). Call your GP practice: its recorded message gives the out-of-hours number for your area. In an emergency, call 999.',
  phones: [],
  emails: [],
  websites: [{ url: 'https://gpoutofhours.hscni.net/service-standards-for-gp-out-of-hours/', label: 'GP Out-of-Hours (HSCNI)' }],
  availability: { type: 'unknown' },
  languages: ['en'],
  jurisdictions: ['GB-NIR'],
  audiences: ['public', 'victims', 'workers'],
  source: { title: 'HSCNI GP Out-of-Hours: service standards', url: 'https://gpoutofhours.hscni.net/service-standards-for-gp-out-of-hours/' },
  verifiedOn: '2026-12-04',
});
