import { defineContact } from '../define.js';

/**
 * The council's social work team in Scotland: child protection for a child at risk, adult
 * support and protection for an adult. Each of Scotland's 32 councils has its own number, so
 * the record links to where to find the council, and says so.
 */
export const contact = defineContact({
  id: 'scotland-council-social-work',
  name: 'Council social work (Scotland)',
  organisation: 'Scotland’s local councils',
  category: 'report',
  summary:
    'In Scotland, the council’s social work team protects children and adults at risk, and can refer people to the NRM. Tell the social work team at the council where the person is, or Police Scotland on 101. Call 999 if anyone is in danger now.',
  phones: [],
  emails: [],
  websites: [{ url: 'https://www.mygov.scot/organisations#scottish-local-authority', label: 'Find the council on mygov.scot' }],
  availability: { type: 'unknown' },
  languages: ['en'],
  jurisdictions: ['GB-SCT'],
  audiences: ['public', 'professionals'],
  confidence: 'unverified',
  confidenceNote: 'Each council has its own social work number and hours. Look it up on the council’s own website before you need it.',
  source: {
    title: 'Argyll and Bute Council: if you are worried about a child (children and families social work, or Police Scotland on 101)',
    url: 'https://www.argyll-bute.gov.uk/if-you-are-worried-about-child',
  },
  credits: [
    { title: 'City of Edinburgh Council: child protection (Social Care Direct; the police on 101)', url: 'https://www.edinburgh.gov.uk/protect-someone-harm/child-protection' },
    { title: 'Angus Council: report a child protection concern', url: 'https://www.angus.gov.uk/social_care_and_health/protect_someone_from_harm/child_protection/report_a_child_protection_concern' },
  ],
  verifiedOn: '2026-12-04',
});
