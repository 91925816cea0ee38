import { defineContact } from '../define.js';

/**
 * Belfast & Lisburn Women's Aid: under contract to the Department of Justice, support for
 * women in Northern Ireland who may have been trafficked, once they are in the NRM.
 */
export const contact = defineContact({
  id: 'belfast-lisburn-womens-aid',
  name: 'Belfast & Lisburn Women’s Aid',
  category: 'support',
  summary:
    'Support in Northern Ireland for women who may have been trafficked or enslaved, once they agree to be referred to the National Referral Mechanism: a safe place to stay and help to recover.',
  phones: [],
  emails: [],
  websites: [{ url: 'https://belfastwomensaid.org.uk/anti-slavery-week-2021/', label: 'Belfast & Lisburn Women’s Aid: support for women' }],
  availability: { type: 'unknown' },
  languages: ['en'],
  jurisdictions: ['GB-NIR'],
  audiences: ['victims', 'professionals'],
  confidence: 'unverified',
  confidenceNote: 'Its contract to support women comes from its own page of October 2021. No newer source we hold confirms it, or gives a number for this service.',
  source: { title: 'Belfast & Lisburn Women’s Aid: Anti-Slavery Week 2021 (contracted by the Department of Justice)', url: 'https://belfastwomensaid.org.uk/anti-slavery-week-2021/' },
  verifiedOn: '2026-12-04',
});
