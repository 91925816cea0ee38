import { defineContact } from '../define.js';

/**
 * Migrant Help in Scotland: support for adult victims of trafficking other than women
 * trafficked for sexual exploitation (TARA supports them), funded by the Scottish Government.
 */
export const contact = defineContact({
  id: 'migrant-help-scotland',
  name: 'Migrant Help (Scotland)',
  organisation: 'Migrant Help',
  category: 'support',
  summary:
    'Support in Scotland for adult men and women who may have been trafficked or exploited (TARA supports women trafficked for sexual exploitation). Migrant Help is a First Responder and can make the NRM referral.',
  phones: [
    { number: '+441418847900', display: '0141 884 7900', label: 'Daytime', freephone: false },
    { number: '+441412128553', display: '0141 212 8553', label: 'Out of hours', freephone: false },
  ],
  emails: [],
  websites: [],
  // A daytime and an out-of-hours line; no source we hold gives the hours.
  availability: { type: 'unknown' },
  languages: ['en'],
  jurisdictions: ['GB-SCT'],
  audiences: ['victims', 'professionals'],
  confidence: 'unverified',
  confidenceNote:
    'Both numbers come from Scottish Government guidance published in 2019. No newer source we hold confirms them. Check them before you rely on them.',
  source: {
    title: 'Scottish Government: human trafficking and exploitation, what health workers need to know (2019): support services',
    url: 'https://www.gov.scot/publications/human-trafficking-exploitation-health-workers-need-know/pages/14/',
  },
  verifiedOn: '2026-12-04',
});
