import { defineContact } from '../define.js';

/**
 * NHS 111.
 */
export const contact = defineContact({
  id: 'nhs-111',
  name: 'NHS 111',
  organisation: 'NHS',
  category: 'advice',
  summary:
    'Urgent medical help or advice when it is not an emergency, free from landlines and mobiles, day and night. In Wales, NHS 111 Wales (press 2 for urgent mental health help); in Scotland, NHS 24 on 111. Northern Ireland has no general 111 service: contact your GP practice, or call 999 in an emergency. Deaf people can also reach 111 through a British Sign Language video relay service.',
  phones: [
    { number: '111', display: '111', freephone: true },
    { number: '18001111', display: '18001 111', label: 'Textphone (Relay UK)', textphone: true },
  ],
  emails: [],
  websites: [],
  availability: { type: 'always' },
  languages: ['en'],
  interpreters: true,
  // Scotland's 111 is NHS 24 (a record of its own); Northern Ireland has no 111.
  jurisdictions: ['GB-ENG', 'GB-WLS'],
  audiences: ['public', 'victims', 'workers'],
  source: { title: 'MyHealth London: NHS 111 (free, 24/7, textphone 18001 111, interpreters)', url: 'https://www.myhealth.london.nhs.uk/nhs-111' },
  verifiedOn: '2026-12-03',
});
