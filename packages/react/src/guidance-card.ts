import * as React from 'react';
import { createComponent } from '@lit/react';
import { CtkGuidanceCard } from '@ctkit/elements/guidance-card.js';

/**
 * `<ctk-guidance-card>` as a React component: attributes and properties are props (objects such as
 * your own contacts are set as properties).
 */
export const GuidanceCard = createComponent({
  tagName: 'ctk-guidance-card',
  elementClass: CtkGuidanceCard,
  react: React,
});
