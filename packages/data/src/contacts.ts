/**
 * UK contacts. Every record names its source and the date its facts were last checked.
 * Content sources and corrections to the original guide: see the package README.
 *
 * @module
 */
import type { Contact } from './schemas.js';

/**
 * Modern Slavery & Exploitation Helpline, run by Unseen.
 * The source guide misprints the number as 08000 700 121; the helpline and GOV.UK give
 * 08000 121 700.
 */
const modernSlaveryHelpline: Contact = {
  id: 'modern-slavery-helpline',
  name: 'Modern Slavery & Exploitation Helpline',
  organisation: 'Unseen',
  category: 'report',
  summary:
    'Free, confidential help and advice from trained staff, day and night. You can report a concern, ask what to do, or get help for yourself, and you do not have to give your name.',
  phones: [{ number: '+448000121700', display: '08000 121 700', freephone: true }],
  emails: [],
  websites: [{ url: 'https://www.modernslaveryhelpline.org/report', label: 'Report online' }],
  availability: { type: 'always' },
  languages: ['en'],
  interpreters: true,
  confidential: true,
  anonymous: true,
  jurisdictions: ['GB-ENG', 'GB-WLS', 'GB-SCT', 'GB-NIR'],
  audiences: ['public', 'victims', 'professionals', 'workers', 'employers'],
  source: {
    title: 'Modern Slavery & Exploitation Helpline (Unseen)',
    url: 'https://www.modernslaveryhelpline.org/',
  },
  verifiedOn: '2026-11-30',
};

/** Every contact in the dataset, in display order. */
export const contacts: readonly Contact[] = [modernSlaveryHelpline];

/** The contact with this id, or `undefined` if the dataset has none. */
export function getContact(id: string): Contact | undefined {
  return contacts.find((contact) => contact.id === id);
}
