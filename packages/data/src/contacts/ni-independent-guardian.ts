import { defineContact } from '../define.js';

/**
 * Barnardo's Independent Guardian Service: a guardian for a separated child in Northern
 * Ireland who may have been trafficked (section 21 of the 2015 Act).
 */
export const contact = defineContact({
  id: 'ni-independent-guardian',
  name: 'Independent Guardian Service (Northern Ireland)',
  organisation: 'Barnardo’s NI',
  category: 'support',
  summary:
    'An independent guardian for a child in Northern Ireland who is separated from their parents and may have been trafficked, from the time the child is, or is about to be, referred to the National Referral Mechanism.',
  phones: [],
  emails: [],
  websites: [{ url: 'https://www.barnardos.org.uk/get-support/services/independent-guardian-service', label: 'Barnardo’s: Independent Guardian Service' }],
  availability: { type: 'unknown' },
  languages: ['en'],
  jurisdictions: ['GB-NIR'],
  audiences: ['children', 'professionals'],
  source: { title: 'Barnardo’s: Independent Guardian Service', url: 'https://www.barnardos.org.uk/get-support/services/independent-guardian-service' },
  credits: [
    { title: 'Department of Health (NI): Independent Guardian Service guidance, section 21 (16 August 2023)', url: 'https://health-ni.gov.uk/publications/igs-guidance-section-21-modern-trafficking-and-exploitation-act-2015' },
    { title: 'Explanatory notes to the 2015 Act, section 21 (eligible once an NRM referral is made or about to be)', url: 'https://www.legislation.gov.uk/nia/2015/2/notes/division/4/21' },
  ],
  verifiedOn: '2026-12-04',
});
