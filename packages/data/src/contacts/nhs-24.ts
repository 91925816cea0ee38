import { defineContact } from '../define.js';

/**
 * NHS 24: Scotland's 111 service.
 */
export const contact = defineContact({
  id: 'nhs-24',
  name: 'NHS 24 (111 in Scotland)',
  organisation: 'NHS Scotland',
  category: 'advice',
  summary: 'Urgent medical help or advice in Scotland when it is not an emergency, free on 111, day or night, all year round.',
  phones: [{ number: '111', display: '111', freephone: true }],
  emails: [],
  websites: [],
  availability: { type: 'always' },
  languages: ['en'],
  jurisdictions: ['GB-SCT'],
  audiences: ['public', 'victims', 'workers'],
  source: { title: 'NHS Lothian: right care, right place (call NHS 24 free on 111, day or night, all year round)', url: 'https://services.nhslothian.scot/rightcare/emergencies' },
  verifiedOn: '2026-12-04',
});
