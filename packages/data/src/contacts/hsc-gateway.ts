import { defineContact } from '../define.js';

/**
 * The Gateway team of a Health and Social Care Trust: the first point of contact for
 * children's social services in Northern Ireland. Each trust has its own; out of hours, the
 * Regional Emergency Social Work Service.
 */
export const contact = defineContact({
  id: 'hsc-gateway',
  name: 'Health and Social Care Trust: children’s Gateway team',
  organisation: 'Health and Social Care Trusts, Northern Ireland',
  category: 'report',
  summary:
    'In Northern Ireland, tell the Gateway team of the Health and Social Care Trust where the child lives about a child who may be trafficked or exploited; outside working hours, the Regional Emergency Social Work Service. In an emergency, call 999.',
  phones: [],
  emails: [],
  websites: [{ url: 'https://www.proceduresonline.com/sbni/p_referrals.html', label: 'Safeguarding Board for Northern Ireland: making a referral' }],
  availability: { type: 'unknown' },
  languages: ['en'],
  jurisdictions: ['GB-NIR'],
  audiences: ['public', 'professionals'],
  source: { title: 'Safeguarding Board for Northern Ireland: regional procedures, referrals', url: 'https://www.proceduresonline.com/sbni/p_referrals.html' },
  credits: [{ title: 'nidirect: help and support for victims of human trafficking and slavery (under 18: a Health and Social Care Trust)', url: 'https://www.nidirect.gov.uk/articles/help-and-support-victims-human-trafficking-and-slavery' }],
  verifiedOn: '2026-12-04',
});
