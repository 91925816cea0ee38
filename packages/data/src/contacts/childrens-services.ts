import type { Contact } from '../schemas.js';

/**
 * Children's social care at the council where the child lives: there is no national number,
 * so the record links to GOV.UK's service that finds the council from a postcode.
 */
export const contact: Contact = {
  id: 'childrens-services',
  name: 'Children’s services at the local council',
  organisation: 'Local councils',
  category: 'report',
  summary:
    'If you think a child may be at risk, abused or exploited, tell the children’s social care team at the council where the child lives. GOV.UK finds the council from a postcode. Call 999 if the child is in danger now.',
  phones: [],
  emails: [],
  websites: [{ url: 'https://www.gov.uk/report-child-abuse-to-local-council', label: 'Find the council on GOV.UK' }],
  availability: { type: 'unknown' },
  languages: ['en'],
  jurisdictions: ['GB-ENG', 'GB-WLS'],
  audiences: ['public', 'professionals', 'children'],
  source: {
    title: 'GOV.UK: Report child abuse to a local council (contact the children’s social care team at the council)',
    url: 'https://www.gov.uk/report-child-abuse-to-local-council',
  },
  verifiedOn: '2026-12-03',
};
