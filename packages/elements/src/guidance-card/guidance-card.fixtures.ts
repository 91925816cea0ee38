import { html } from 'lit';
import type { GuidanceTopic } from '@ctkit/data/schemas';
import type { Fixture } from '../fixture-types.fixtures.js';

export const topicIds = ['victim-centred-practice', 'post-identification-policy', 'policy-essentials', 'training', 'awareness', 'modern-slavery-statement'] as const;
export const variants = ['card', 'compact', 'poster'] as const;

/** An organisation's own topic: what its night staff do when they are worried. */
export const customTopic: GuidanceTopic = {
  id: 'riverside-night-staff',
  title: 'Riverside Hotel: when you are worried at night',
  summary: 'What night staff do, and do not do, when a guest or a worker may be at risk.',
  sections: [
    {
      id: 'at-the-desk',
      title: 'At the desk',
      do: [{ text: 'Write down what you saw and when, in the safeguarding log.', why: 'Details fade fast, and the log is what the safeguarding lead reads first.' }],
      dont: [{ text: 'Do not question the guest about it.', why: 'Questions can put them in danger if someone is controlling them.' }],
    },
  ],
  source: { title: 'Riverside Hotel staff handbook', url: 'https://example.org/handbook' },
  verifiedOn: '2026-11-01',
};

/** A custom topic whose source would run script. */
export const invalidTopic = { ...customTopic, source: { title: 'Handbook', url: 'javascript:alert(1)' } };

export const guidanceCardFixtures = [
  ...topicIds.flatMap((topic) =>
    variants.map((variant) => ({
      id: `${topic}-${variant}` as const,
      name: `${topic}, ${variant}`,
      description: `\`topic="${topic}" variant="${variant}"\`.`,
      template: () => html`<ctk-guidance-card topic=${topic} variant=${variant}></ctk-guidance-card>`,
    })),
  ),
  {
    id: 'own-additions',
    name: 'Your own additions',
    description: 'Your words in the `intro` slot and the default slot, around the topic from the data.',
    template: () => html`<ctk-guidance-card topic="victim-centred-practice"
      ><p slot="intro">For everyone who works at Riverside Hotel.</p>
      <p>Our safeguarding lead is Sam Jones, on 01632 960018.</p></ctk-guidance-card
    >`,
  },
  {
    id: 'own-topic',
    name: 'Your own topic',
    description: 'The `topic` property set to your own topic, validated before it is shown.',
    template: () => html`<ctk-guidance-card .topic=${customTopic}></ctk-guidance-card>`,
  },
  {
    id: 'unknown-topic',
    name: 'Unknown topic',
    description: 'A topic id the data does not have: a visible error naming it, and the topics there are.',
    template: () => html`<ctk-guidance-card topic="first-aid"></ctk-guidance-card>`,
    error: true,
  },
  {
    id: 'invalid-custom-topic',
    name: 'Invalid custom topic',
    description: 'A custom topic whose source link is javascript:: not shown; the error names the field.',
    template: () => html`<ctk-guidance-card .topic=${invalidTopic}></ctk-guidance-card>`,
    error: true,
  },
] as const satisfies readonly Fixture[];
