import { defineContact } from '../define.js';

/**
 * The local council: children's social care for a child at risk, adult safeguarding for an
 * adult. There is no national number (each council has its own), so the record links to
 * GOV.UK's services that find the council from a postcode.
 */
export const contact = defineContact({
  id: 'local-council',
  name: 'Local council: children’s services and adult safeguarding',
  organisation: 'Local councils',
  category: 'report',
  summary:
    'Councils protect children and adults at risk, and can refer people to the NRM. For a child, tell the children’s social care team at the council where the child lives. For an adult, tell the council’s adult safeguarding team. Call 999 if anyone is in danger now.',
  phones: [],
  emails: [],
  websites: [
    { url: 'https://www.gov.uk/report-child-abuse-to-local-council', label: 'A child at risk: find the council on GOV.UK' },
    { url: 'https://www.gov.uk/find-local-council', label: 'Find your local council on GOV.UK' },
  ],
  availability: { type: 'unknown' },
  languages: ['en'],
  jurisdictions: ['GB-ENG', 'GB-WLS'],
  audiences: ['public', 'professionals'],
  source: {
    title: 'GOV.UK: Report child abuse to a local council (contact the children’s social care team at the council)',
    url: 'https://www.gov.uk/report-child-abuse-to-local-council',
  },
  credits: [{ title: 'GOV.UK: Find your local council', url: 'https://www.gov.uk/find-local-council' }],
  verifiedOn: '2026-12-03',
});
