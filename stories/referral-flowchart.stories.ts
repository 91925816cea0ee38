import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '@ctkit/elements/referral-flowchart.js';
import { englandWales, pathsThrough, referralFlowchartFixtures } from '../packages/elements/src/referral-flowchart/referral-flowchart.fixtures.js';
import { storiesFrom } from './fixture-stories.js';

interface Args {
  view?: 'guided' | 'diagram';
  'heading-level'?: number;
}

/** Answers are private to the page: nothing is stored or sent. Print the diagram to see it on one A4 page. */
const meta: Meta<Args> = {
  title: 'Components/Referral flowchart',
  component: 'ctk-referral-flowchart',
  argTypes: {
    view: { control: 'inline-radio', options: ['guided', 'diagram'] },
    'heading-level': { control: { type: 'number', min: 1, max: 6 } },
  },
};
export default meta;

const stories = storiesFrom<Args>(referralFlowchartFixtures);
const ends = pathsThrough(englandWales);
/** The story of the end with this id. */
const end = (id: string) => stories[`End: ${ends.find((path) => path.end.id === id)?.end.title}`];

/** One question at a time. Switch to the diagram in the controls. */
export const Guided: StoryObj<Args> = {
  ...stories['England and Wales, guided'],
  args: {},
  render: (args) => html`<ctk-referral-flowchart view=${ifDefined(args.view)} heading-level=${ifDefined(args['heading-level'])}></ctk-referral-flowchart>`,
};
export const Diagram = stories['England and Wales, diagram'];
export const EndCall999 = end('call-999');
export const EndChild = end('child');
export const EndNrmReferral = end('nrm-referral');
export const EndAskAFirstResponder = end('contact-first-responder');
export const EndDutyToNotify = end('duty-to-notify');
export const EndHelplineAdvice = end('helpline-advice');
export const EndCheckTheDutyToNotify = end('check-duty');
export const EndLabourExploitation = end('labour');
export const EndRightsAtWork = end('work-rights');
export const EndHealth = end('health');
export const YourOwnFlowGuided = stories['Your own flow, guided'];
export const YourOwnFlowDiagram = stories['Your own flow, diagram'];
export const YourOwnFlowWithALoop = stories['Your own flow with a loop, diagram'];
export const UnknownFlow = stories['Unknown flow'];
export const InvalidCustomFlow = stories['Invalid custom flow'];
export const InvalidExtraContact = stories['Invalid extra contact'];
