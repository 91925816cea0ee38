import { html } from 'lit';
import type { Fixture } from '../fixture-types.fixtures.js';

export const quickExitFixtures = [
  {
    id: 'default',
    name: 'Default',
    description: 'The button, leaving for a neutral page (BBC Weather). Press Shift three times to leave too.',
    template: () => html`<ctk-quick-exit></ctk-quick-exit>`,
  },
  {
    id: 'sticky',
    name: 'Sticky',
    description: 'Stays at the top of the viewport as the page scrolls.',
    template: () => html`<ctk-quick-exit sticky></ctk-quick-exit>`,
  },
  {
    id: 'own-neutral-page',
    name: 'Your own neutral page',
    description: 'Leaves for the address in `href`.',
    template: () => html`<ctk-quick-exit href="https://www.gov.uk/"></ctk-quick-exit>`,
  },
  {
    id: 'fallback-link',
    name: 'With a fallback link',
    description:
      'A link inside the element works before the element is defined, or with no JavaScript; once defined, the element shows its own button.',
    template: () =>
      html`<ctk-quick-exit><a href="https://www.bbc.co.uk/weather" rel="nofollow noreferrer">Exit this page</a></ctk-quick-exit>`,
    testOnly: true,
  },
  {
    id: 'unsafe-address',
    name: 'Unsafe address',
    description: 'A `javascript:` address is refused: the error says so, and the button still leaves for the default page.',
    template: () => html`<ctk-quick-exit href="javascript:alert(1)"></ctk-quick-exit>`,
    error: true,
  },
  {
    id: 'invalid-press-window',
    name: 'Invalid press window',
    description: 'A `press-window` that is not a positive number: the error says so, and 5 seconds are allowed.',
    template: () => html`<ctk-quick-exit press-window="soon"></ctk-quick-exit>`,
    error: true,
    testOnly: true,
  },
] as const satisfies readonly Fixture[];
