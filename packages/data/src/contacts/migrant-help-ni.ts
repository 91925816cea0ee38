import { defineContact } from '../define.js';

/**
 * Migrant Help in Northern Ireland: a referral line, day and night, for adults who may have
 * been trafficked (support under contract to the Department of Justice).
 */
export const contact = defineContact({
  id: 'migrant-help-ni',
  name: 'Migrant Help (Northern Ireland)',
  organisation: 'Migrant Help',
  category: 'support',
  summary:
    'A referral line in Northern Ireland, day and night, for an adult who may have been trafficked or exploited. Migrant Help supports adult victims while the National Referral Mechanism looks at their case.',
  phones: [{ number: '+447766668781', display: '077 6666 8781', label: 'Referral line', freephone: false }],
  emails: [],
  websites: [],
  availability: { type: 'always' },
  languages: ['en'],
  jurisdictions: ['GB-NIR'],
  audiences: ['victims', 'professionals'],
  confidence: 'unverified',
  confidenceNote: 'The number is a mobile number given on an undated Northern Ireland government page. Calls to it may be charged. Check it before you rely on it.',
  source: { title: 'Organised Crime Task Force (Northern Ireland): get help (Migrant Help 24/7 referral line)', url: 'https://www.octf.gov.uk/Utility/Get-Help' },
  credits: [{ title: 'nidirect: help and support for victims of human trafficking and slavery', url: 'https://www.nidirect.gov.uk/articles/help-and-support-victims-human-trafficking-and-slavery' }],
  verifiedOn: '2026-12-04',
});
