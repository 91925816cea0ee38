import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '@ctkit/elements/guidance-card.js';
import { guidanceCardFixtures, topicIds, variants } from '../packages/elements/src/guidance-card/guidance-card.fixtures.js';
import { storiesFrom } from './fixture-stories.js';

interface Args {
  topic?: string;
  variant?: 'card' | 'compact' | 'poster';
  'heading-level'?: number;
}

/** Print the poster variant from the browser to see it on one A4 page. */
const meta: Meta<Args> = {
  title: 'Components/Guidance card',
  component: 'ctk-guidance-card',
  argTypes: {
    topic: { control: 'select', options: topicIds },
    variant: { control: 'inline-radio', options: variants },
    'heading-level': { control: { type: 'number', min: 1, max: 6 } },
  },
};
export default meta;

const story = storiesFrom(meta, guidanceCardFixtures);

/** Talking to a possible victim. Try every topic and variant in the controls. */
export const Default: StoryObj<Args> = {
  ...story('victim-centred-practice-card'),
  args: {},
  render: (args) =>
    html`<ctk-guidance-card topic=${ifDefined(args.topic)} variant=${ifDefined(args.variant)} heading-level=${ifDefined(args['heading-level'])}></ctk-guidance-card>`,
};
export const VictimCentredPracticeCompact = story('victim-centred-practice-compact');
export const VictimCentredPracticePoster = story('victim-centred-practice-poster');
export const PostIdentificationPolicy = story('post-identification-policy-card');
export const PostIdentificationPolicyCompact = story('post-identification-policy-compact');
export const PostIdentificationPolicyPoster = story('post-identification-policy-poster');
export const PolicyEssentials = story('policy-essentials-card');
export const PolicyEssentialsCompact = story('policy-essentials-compact');
export const PolicyEssentialsPoster = story('policy-essentials-poster');
export const Training = story('training-card');
export const TrainingCompact = story('training-compact');
export const TrainingPoster = story('training-poster');
export const Awareness = story('awareness-card');
export const AwarenessCompact = story('awareness-compact');
export const AwarenessPoster = story('awareness-poster');
export const ModernSlaveryStatement = story('modern-slavery-statement-card');
export const ModernSlaveryStatementCompact = story('modern-slavery-statement-compact');
export const ModernSlaveryStatementPoster = story('modern-slavery-statement-poster');
export const YourOwnAdditions = story('own-additions');
export const YourOwnTopic = story('own-topic');
export const UnknownTopic = story('unknown-topic');
export const InvalidCustomTopic = story('invalid-custom-topic');
