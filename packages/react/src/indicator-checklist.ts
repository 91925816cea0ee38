import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { CtkIndicatorChecklist } from '@ctkit/elements/indicator-checklist.js';

/**
 * `<ctk-indicator-checklist>` as a React component: attributes and properties are props (objects such as
 * your own contacts are set as properties).
 * `onCtkChange` listens for `ctk-change`.
 */
export const IndicatorChecklist = createComponent({
  tagName: 'ctk-indicator-checklist',
  elementClass: CtkIndicatorChecklist,
  react: React,
  events: {
    onCtkChange: 'ctk-change' as EventName<CustomEvent<{ checked: string[] }>>,
  },
});
