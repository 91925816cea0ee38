import type { Contact } from '../schemas.js';

/**
 * Acas helpline.
 */
export const contact: Contact = {
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
    hours: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], opens: '08:00', closes: '18:00' }],
  },
  languages: ['en'],
  interpreters: true,
  anonymous: true,
  jurisdictions: ['GB-ENG', 'GB-WLS', 'GB-SCT'],
  audiences: ['workers', 'employers'],
  confidence: 'unverified',
  confidenceNote:
    'The opening hours (Monday to Friday, 8am to 6pm) and the Relay UK number are believed correct but not confirmed by a current source.',
  source: {
    title: 'UK Parliament: written statement on the Acas helpline (2015) and written question 230889',
    url: 'https://questions-statements.parliament.uk/',
  },
  verifiedOn: '2026-11-30',
};
