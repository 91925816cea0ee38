import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import '@ctkit/elements/all.js';
import './get-the-code/get-the-code.js';

// For web editors: choose, preview, copy the snippet, download the files (stories/get-the-code/).
const meta: Meta = {
  title: 'Get the code',
  tags: ['!autodocs'],
  parameters: { layout: 'padded' },
};
export default meta;

export const GetTheCode: StoryObj = {
  name: 'Get the code',
  render: () => html`<ctkit-get-the-code></ctkit-get-the-code>`,
};
