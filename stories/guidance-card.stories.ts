import type { Meta } from '@storybook/web-components';
import '@ctkit/elements/guidance-card.js';
import { guidanceCardFixtures } from '../packages/elements/src/guidance-card/guidance-card.fixtures.js';
import { storiesFrom } from './fixture-stories.js';

// Print the poster variant from the browser to see it on one A4 page.
const meta: Meta = {
  title: 'Components/Guidance card',
  component: 'ctk-guidance-card',
};
export default meta;

const story = storiesFrom(meta, guidanceCardFixtures);

export const Default = story('victim-centred-practice-card');
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
