import { defineContact } from '../define.js';

/**
 * Modern Slavery & Exploitation Helpline.
 * The guide this kit grew from prints this number with its last six digits in the wrong
 * order; the helpline's own site and GOV.UK give the number below.
 */
export const contact = defineContact({
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
    title: 'Modern Slavery & Exploitation Helpline (Unseen): what happens when you call the helpline',
    url: 'https://www.modernslaveryhelpline.org/about/what-happens-when-you-call-the-helpline',
  },
  credits: [
    { title: 'Modern Slavery & Exploitation Helpline: home page (the number)', url: 'https://www.modernslaveryhelpline.org/' },
    { title: 'Modern Slavery & Exploitation Helpline: frequently asked questions', url: 'https://www.modernslaveryhelpline.org/faqs' },
    {
      title: 'Unseen blog, 19 September 2019: I work on the Modern Slavery Helpline (over 200 languages)',
      url: 'https://www.unseenuk.org/blog/i-work-on-the-modern-slavery-helpline-and-this-is-what-i-hear',
    },
  ],
  verifiedOn: '2026-12-03',
});
