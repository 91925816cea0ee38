import * as React from 'react';
import { createComponent } from '@lit/react';
import { CtkHelplineBanner } from '@ctkit/elements/helpline-banner.js';

/**
 * `<ctk-helpline-banner>` as a React component: attributes and properties are props (objects such as
 * your own contacts are set as properties).
 */
export const HelplineBanner = createComponent({
  tagName: 'ctk-helpline-banner',
  elementClass: CtkHelplineBanner,
  react: React,
});
