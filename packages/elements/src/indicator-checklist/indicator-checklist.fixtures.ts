import { html } from 'lit';
import type { IndicatorSet } from '@ctkit/data/schemas';
import type { Fixture } from '../fixture-types.fixtures.js';
import { dataPath, safeguardingLead } from '../contacts.fixtures.js';

export { safeguardingLead };

/** Signs ticked in the "ticked" fixtures: two general ones and one for hotels. */
export const tickedIds = ['general-someone-speaks-for-them', 'general-documents-held-by-others', 'hospitality-guest-never-alone'];

/** An organisation's own set: a hotel's signs for its night staff. */
export const customSet: IndicatorSet = {
  id: 'riverside-night-staff',
  sector: 'hospitality',
  title: 'Riverside Hotel: signs for night staff',
  summary: 'What our night porters and reception staff have been trained to notice.',
  categories: [
    {
      id: 'night-visits',
      title: 'Night visits',
      indicators: [
        { id: 'riverside-many-visitors', text: 'Many different visitors go to one room during the night.', credits: ['riverside-training'] },
        { id: 'riverside-keycards', text: 'A guest asks for several key cards for a room booked for one person.', credits: ['riverside-training'] },
      ],
    },
  ],
  credits: [{ id: 'riverside-training', title: 'Riverside Hotel safeguarding training, 2026', url: 'https://example.org/training' }],
  source: { title: 'Riverside Hotel staff handbook', url: 'https://example.org/handbook' },
  verifiedOn: '2026-11-01',
};

/** A custom set whose source link would run script. */
export const invalidSet = { ...customSet, credits: [{ id: 'riverside-training', title: 'Training', url: 'javascript:alert(1)' }] };

const sectors = ['hospitality', 'aviation', 'healthcare', 'transport', 'education', 'law-enforcement'] as const;

export const indicatorChecklistFixtures = [
  {
    id: 'general',
    name: 'General',
    description: 'With no attributes: the signs that apply everywhere, in fieldsets by kind.',
    template: () => html`<ctk-indicator-checklist></ctk-indicator-checklist>`,
  },
  ...sectors.map((sector) => ({
    id: `sector-${sector}` as const,
    name: `Sector: ${sector}`,
    description: `\`sector="${sector}"\`: the general signs, then those for this sector.`,
    template: () => html`<ctk-indicator-checklist sector=${sector}></ctk-indicator-checklist>`,
  })),
  {
    id: 'ticked',
    name: 'Ticked',
    description: 'Some signs ticked (the `checked` property): "What to do next" appears, with 999 and the helpline; never a score.',
    template: () => html`<ctk-indicator-checklist sector="hospitality" .checked=${tickedIds}></ctk-indicator-checklist>`,
  },
  {
    id: 'ticked-child-scotland',
    name: 'Ticked, a sign about a child, in Scotland',
    description: '`region="scotland"`: "What to do next" names the council\'s social work team and Police Scotland for a child.',
    template: () => html`<ctk-indicator-checklist region="scotland" .checked=${['general-criminal-county-lines']}></ctk-indicator-checklist>`,
  },
  {
    id: 'ticked-own-contact',
    name: 'Ticked, with your own contact',
    description: 'The `contact` property adds your safeguarding lead to "What to do next".',
    template: () => html`<ctk-indicator-checklist sector="hospitality" .checked=${tickedIds} .contact=${safeguardingLead}></ctk-indicator-checklist>`,
  },
  {
    id: 'ticked-own-contact-from-a-file',
    name: 'Ticked, with your own contact from a JSON file',
    description: '`contact-src` adds your safeguarding lead to "What to do next" from a JSON file (the first contact of the directory\'s `extra-src` file), validated: no script needed.',
    template: () => html`<ctk-indicator-checklist sector="hospitality" .checked=${tickedIds} contact-src="${dataPath}own-contacts.json"></ctk-indicator-checklist>`,
  },
  {
    id: 'ticked-own-contact-slotted',
    name: 'Ticked, with your own contact slotted',
    description: 'Your own words for "What to do next", in the `contact` slot; they keep the page\'s language and direction in any locale.',
    template: () =>
      html`<ctk-indicator-checklist sector="hospitality" .checked=${tickedIds}><p slot="contact">Tell the duty manager on extension 200.</p></ctk-indicator-checklist>`,
    testOnly: true,
  },
  {
    id: 'custom-set',
    name: 'Custom set',
    description: 'Your own set (the `indicatorSet` property), validated, shown after the general signs.',
    template: () => html`<ctk-indicator-checklist .indicatorSet=${customSet}></ctk-indicator-checklist>`,
  },
  {
    id: 'unknown-sector',
    name: 'Unknown sector',
    description: 'A sector the data does not have: a visible error naming it, and the sectors there are.',
    template: () => html`<ctk-indicator-checklist sector="retail"></ctk-indicator-checklist>`,
    error: true,
  },
  {
    id: 'unknown-region',
    name: 'Unknown region',
    description: 'A region that is not a UK nation: a visible error naming the regions there are, beside 999 and the helpline.',
    template: () => html`<ctk-indicator-checklist region="scotlnd"></ctk-indicator-checklist>`,
    error: true,
  },
  {
    id: 'invalid-custom-set',
    name: 'Invalid custom set',
    description: 'A custom set whose source link is javascript:: not shown; the error names the field.',
    template: () => html`<ctk-indicator-checklist .indicatorSet=${invalidSet}></ctk-indicator-checklist>`,
    error: true,
  },
] as const satisfies readonly Fixture[];
