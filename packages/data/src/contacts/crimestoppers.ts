import { defineContact } from '../define.js';

/**
 * Crimestoppers.
 */
export const contact = defineContact({
  id: 'crimestoppers',
  name: 'Crimestoppers',
  organisation: 'Crimestoppers Trust',
  category: 'report',
  summary:
    'Give information about a crime without giving your name. Crimestoppers is an independent charity: it does not see your number, and its online form does not keep your computer address.',
  phones: [{ number: '+44800555111', display: '0800 555 111', freephone: true }],
  emails: [],
  websites: [{ url: 'https://crimestoppers-uk.org/', label: 'Give information online' }],
  availability: { type: 'always' },
  languages: ['en'],
  anonymous: true,
  jurisdictions: ['GB-ENG', 'GB-WLS', 'GB-SCT', 'GB-NIR'],
  audiences: ['public', 'workers'],
  source: {
    title: 'Crimestoppers: our contact centre',
    url: 'https://crimestoppers-uk.org/about-the-charity/who-we-are/our-people/our-contact-centre',
  },
  credits: [
    { title: 'Crimestoppers: what we do with your information', url: 'https://crimestoppers-uk.org/give-information/what-we-do-with-your-information' },
  ],
  verifiedOn: '2026-12-03',
});
