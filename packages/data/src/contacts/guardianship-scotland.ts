import { defineContact } from '../define.js';

/**
 * Guardianship Scotland: Independent Child Trafficking Guardians for separated children and
 * children who may have been trafficked, run by the Scottish Refugee Council and Aberlour for
 * the Scottish Government (it replaced the Scottish Guardianship Service on 1 April 2023).
 */
export const contact = defineContact({
  id: 'guardianship-scotland',
  name: 'Guardianship Scotland',
  organisation: 'Scottish Refugee Council and Aberlour Children’s Charity',
  category: 'support',
  summary:
    'An Independent Child Trafficking Guardian for a child in Scotland who may have been trafficked, or who arrived without their parents: someone on the child’s side through every step. The local council’s social work team must refer the child as soon as it can.',
  phones: [],
  emails: [],
  websites: [{ url: 'https://scottishrefugeecouncil.org.uk/direct-support/children-and-young-people/', label: 'Guardianship Scotland (Scottish Refugee Council)' }],
  availability: { type: 'unknown' },
  languages: ['en'],
  jurisdictions: ['GB-SCT'],
  audiences: ['children', 'professionals'],
  source: { title: 'Scottish Refugee Council: Guardianship Scotland', url: 'https://scottishrefugeecouncil.org.uk/direct-support/children-and-young-people/' },
  verifiedOn: '2026-12-04',
});
