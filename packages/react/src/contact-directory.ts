import * as React from 'react';
import { createComponent } from '@lit/react';
import { CtkContactDirectory } from '@ctkit/elements/contact-directory.js';

/**
 * `<ctk-contact-directory>` as a React component: attributes and properties are props (objects such as
 * your own contacts are set as properties).
 */
export const ContactDirectory = createComponent({
  tagName: 'ctk-contact-directory',
  elementClass: CtkContactDirectory,
  react: React,
});
