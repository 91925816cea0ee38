import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { CtkReferralFlowchart, type ReferralStepDetail } from '@ctkit/elements/referral-flowchart.js';

/**
 * `<ctk-referral-flowchart>` as a React component: attributes and properties are props (objects such as
 * your own contacts are set as properties).
 * `onCtkStep` listens for `ctk-step`.
 */
export const ReferralFlowchart = createComponent({
  tagName: 'ctk-referral-flowchart',
  elementClass: CtkReferralFlowchart,
  react: React,
  events: {
    onCtkStep: 'ctk-step' as EventName<CustomEvent<ReferralStepDetail>>,
  },
});
