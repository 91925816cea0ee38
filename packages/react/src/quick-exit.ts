import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { CtkQuickExit } from '@ctkit/elements/quick-exit.js';

/**
 * `<ctk-quick-exit>` as a React component: attributes and properties are props (objects such as
 * your own contacts are set as properties).
 * `onCtkExit` listens for `ctk-exit`.
 */
export const QuickExit = createComponent({
  tagName: 'ctk-quick-exit',
  elementClass: CtkQuickExit,
  react: React,
  events: {
    onCtkExit: 'ctk-exit' as EventName<Event>,
  },
});
