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

const stories = storiesFrom<Args>(guidanceCardFixtures);

/** Talking to a possible victim. Try every topic and variant in the controls. */
export const Default: StoryObj<Args> = {
  ...stories['victim-centred-practice, card'],
  args: {},
  render: (args) =>
    html`<ctk-guidance-card topic=${ifDefined(args.topic)} variant=${ifDefined(args.variant)} heading-level=${ifDefined(args['heading-level'])}></ctk-guidance-card>`,
};
export const VictimCentredPracticeCompact = stories['victim-centred-practice, compact'];
export const VictimCentredPracticePoster = stories['victim-centred-practice, poster'];
export const PostIdentificationPolicy = stories['post-identification-policy, card'];
export const PostIdentificationPolicyCompact = stories['post-identification-policy, compact'];
export const PostIdentificationPolicyPoster = stories['post-identification-policy, poster'];
export const PolicyEssentials = stories['policy-essentials, card'];
export const PolicyEssentialsCompact = stories['policy-essentials, compact'];
export const PolicyEssentialsPoster = stories['policy-essentials, poster'];
export const Training = stories['training, card'];
export const TrainingCompact = stories['training, compact'];
export const TrainingPoster = stories['training, poster'];
export const Awareness = stories['awareness, card'];
export const AwarenessCompact = stories['awareness, compact'];
export const AwarenessPoster = stories['awareness, poster'];
export const ModernSlaveryStatement = stories['modern-slavery-statement, card'];
export const ModernSlaveryStatementCompact = stories['modern-slavery-statement, compact'];
export const ModernSlaveryStatementPoster = stories['modern-slavery-statement, poster'];
export const YourOwnAdditions = stories['Your own additions'];
export const YourOwnTopic = stories['Your own topic'];
export const UnknownTopic = stories['Unknown topic'];
export const InvalidCustomTopic = stories['Invalid custom topic'];
