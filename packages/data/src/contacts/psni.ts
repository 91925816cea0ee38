import { defineContact } from '../define.js';

/**
 * The Police Service of Northern Ireland: 999 in an emergency, 101 otherwise. A First
 * Responder; an adult who wants to be referred to the NRM in Northern Ireland contacts it.
 */
export const contact = defineContact({
  id: 'psni',
  name: 'Police Service of Northern Ireland (PSNI)',
  category: 'report',
  summary:
    'The police in Northern Ireland. Call 999 if anyone is in danger now. Call 101 for anything that is not an emergency. The PSNI can refer a possible victim to the National Referral Mechanism.',
  // 101 has been free from every UK network since 1 April 2020 (the Home Office announcement in
  // credits). No source we hold gives a textphone line here.
  phones: [{ number: '101', display: '101', label: 'Non-emergency', freephone: true }],
  emails: [],
  websites: [{ url: 'https://www.psni.police.uk/', label: 'PSNI' }],
  availability: { type: 'always' },
  languages: ['en'],
  jurisdictions: ['GB-NIR'],
  audiences: ['public', 'victims', 'professionals'],
  source: {
    title: 'PSNI: call management (999 in an emergency, 101 for all non-emergency matters)',
    url: 'https://www.psni.police.uk/inside-psni/our-departments/district-policing-command/call-management/',
  },
  credits: [
    { title: 'UK Police News: 101 phone number free from 1 April 2020 (Home Office announcement, 31 March 2020)', url: 'https://www.ukpol.org.uk/2020/03/31/101-phone-number-free-from-april-1-2020/' },
    {
      title: 'nidirect: help and support for victims of human trafficking and slavery ("Contact the police if you want to be referred")',
      url: 'https://www.nidirect.gov.uk/articles/help-and-support-victims-human-trafficking-and-slavery',
    },
  ],
  verifiedOn: '2026-12-04',
});
