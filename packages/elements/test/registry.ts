import type { Fixture } from './fixture-types.js';
import { helplineBannerFixtures } from '../src/helpline-banner/helpline-banner.fixtures.js';
import { contactDirectoryFixtures } from '../src/contact-directory/contact-directory.fixtures.js';
import { indicatorChecklistFixtures } from '../src/indicator-checklist/indicator-checklist.fixtures.js';
import { guidanceCardFixtures } from '../src/guidance-card/guidance-card.fixtures.js';
import { referralFlowchartFixtures } from '../src/referral-flowchart/referral-flowchart.fixtures.js';
import { quickExitFixtures } from '../src/quick-exit/quick-exit.fixtures.js';

/** Every component with its define module (relative to dist/) and its fixtures. */
export interface ComponentEntry {
  tag: string;
  module: string;
  fixtures: readonly Fixture[];
}

export const components: readonly ComponentEntry[] = [
  { tag: 'ctk-helpline-banner', module: 'helpline-banner/define.js', fixtures: helplineBannerFixtures },
  { tag: 'ctk-contact-directory', module: 'contact-directory/define.js', fixtures: contactDirectoryFixtures },
  { tag: 'ctk-indicator-checklist', module: 'indicator-checklist/define.js', fixtures: indicatorChecklistFixtures },
  { tag: 'ctk-guidance-card', module: 'guidance-card/define.js', fixtures: guidanceCardFixtures },
  { tag: 'ctk-referral-flowchart', module: 'referral-flowchart/define.js', fixtures: referralFlowchartFixtures },
  { tag: 'ctk-quick-exit', module: 'quick-exit/define.js', fixtures: quickExitFixtures },
];
