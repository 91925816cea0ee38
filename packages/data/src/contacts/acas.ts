import { defineContact } from '../define.js';

/**
 * Acas helpline.
 */
export const contact = defineContact({
  id: 'acas',
  name: 'Acas helpline',
  organisation: 'Advisory, Conciliation and Arbitration Service (Acas)',
  category: 'advice',
  summary:
    'Free advice on rights at work and employment law for workers and employers. You do not have to give personal details, and an interpreter can be arranged.',
  phones: [
    {
      number: '+443001231100',
      display: '0300 123 1100',
      freephone: false,
      note: 'The advice is free; the call costs the same as a normal 01 or 02 number and counts towards inclusive minutes.',
    },
    { number: '1800103001231100', display: '18001 0300 123 1100', label: 'Relay UK', textphone: true },
  ],
  emails: [],
  websites: [],
  availability: {
    type: 'weekly',
    timeZone: 'Europe/London',
    confirmed: false,
    hours: [
      { days: ['mon', 'tue', 'wed', 'thu', 'fri'], opens: '08:00', closes: '20:00' },
      { days: ['sat'], opens: '09:00', closes: '13:00' },
    ],
  },
  languages: ['en'],
  interpreters: true,
  anonymous: true,
  jurisdictions: ['GB-ENG', 'GB-WLS', 'GB-SCT'],
  audiences: ['workers', 'employers'],
  confidence: 'unverified',
  confidenceNote:
    'The opening hours come from a statement to Parliament in 2015, and the Relay UK number is not confirmed by a current source. Check both on the Acas website before you rely on them.',
  source: {
    title: 'Written statement to the House of Commons, 20 March 2015: Pay and Work Rights and Acas helplines',
    url: 'https://parallelparliament.co.uk/debate/2015-03-20/commons/written-statements/pay-and-work-rights-acas-helplines/ministerial-extracts',
  },
  verifiedOn: '2026-12-03',
});
