import type { Meta } from '@storybook/web-components';
import '@ctkit/elements/referral-flowchart.js';
import { referralFlowchartFixtures } from '../packages/elements/src/referral-flowchart/referral-flowchart.fixtures.js';
import { storiesFrom } from './fixture-stories.js';

// Answers are private to the page: nothing is stored or sent. Print the diagram to see it on one A4 page.
const meta: Meta = {
  title: 'Components/Referral flowchart',
  component: 'ctk-referral-flowchart',
};
export default meta;

const story = storiesFrom(meta, referralFlowchartFixtures);

export const Guided = story('england-wales-guided');
export const Diagram = story('england-wales-diagram');
export const EndCall999 = story('end-call-999');
export const EndChild = story('end-child');
export const EndNrmReferral = story('end-nrm-referral');
export const EndAskAFirstResponder = story('end-contact-first-responder');
export const EndDutyToNotify = story('end-duty-to-notify');
export const EndHelplineAdvice = story('end-helpline-advice');
export const EndCheckTheDutyToNotify = story('end-check-duty');
export const EndLabourExploitation = story('end-labour');
export const EndRightsAtWork = story('end-work-rights');
export const EndHealth = story('end-health');
export const ScotlandGuided = story('scotland-guided');
export const ScotlandDiagram = story('scotland-diagram');
export const NorthernIrelandGuided = story('northern-ireland-guided');
export const NorthernIrelandDiagram = story('northern-ireland-diagram');
export const NationalFlowWithYourCentralPointOfContact = story('national-flow-own-contact');
export const YourOwnFlowGuided = story('own-flow-guided');
export const YourOwnFlowDiagram = story('own-flow-diagram');
export const YourOwnFlowWithALoop = story('own-flow-loop-diagram');
