import { html } from 'lit';
import type { Fixture } from '../fixture-types.fixtures.js';

/** The sectors with a public poster of their own. */
export const posterSectors = ['hospitality', 'aviation', 'healthcare', 'transport', 'education', 'law-enforcement'] as const;

export const awarenessPosterFixtures = [
  {
    id: 'default',
    name: 'Default',
    description: 'With no attributes: the public poster for everyone, its signs, what to do and that a sign is not proof.',
    template: () => html`<ctk-awareness-poster></ctk-awareness-poster>`,
  },
  ...posterSectors.map((sector) => ({
    id: `public-${sector}` as const,
    name: `Public: ${sector}`,
    description: `\`sector="${sector}"\`: the signs that matter most there, chosen in the data.`,
    template: () => html`<ctk-awareness-poster sector=${sector}></ctk-awareness-poster>`,
  })),
  {
    id: 'affected',
    name: 'For a person affected',
    description: '`audience="affected"`: in the second person and plain words, then that help is there, and the number large. A menu switches its language; on screen it offers a quick exit when the page has none.',
    template: () => html`<ctk-awareness-poster audience="affected"></ctk-awareness-poster>`,
  },
  {
    id: 'affected-welsh',
    name: 'For a person affected, in Welsh',
    description: '`language="cy"`: the poster in Welsh whatever the page is in (a draft translation, and it says so).',
    template: () => html`<ctk-awareness-poster audience="affected" language="cy"></ctk-awareness-poster>`,
  },
  {
    id: 'affected-arabic',
    name: 'For a person affected, in Arabic',
    description: '`language="ar"`: right to left; the number stays left to right.',
    template: () => html`<ctk-awareness-poster audience="affected" language="ar"></ctk-awareness-poster>`,
  },
  {
    id: 'print-a3-tear-offs-qr',
    name: 'A3, tear-offs and a QR code',
    description: '`size="a3" tear-offs qr="…"`: print it to see one A3 page, strips with the number to tear off, and a QR code for your help page, made in the page.',
    template: () => html`<ctk-awareness-poster audience="affected" size="a3" tear-offs qr="https://example.org/help"></ctk-awareness-poster>`,
  },
  {
    id: 'public-tear-offs',
    name: 'Public, with tear-offs',
    description: 'A public poster for a staff room, with the number to tear off.',
    template: () => html`<ctk-awareness-poster sector="hospitality" tear-offs></ctk-awareness-poster>`,
  },
  {
    id: 'unknown-sector',
    name: 'Error: unknown sector',
    description: 'A sector the data does not have: an error naming the sectors, with 999 and the helpline beside it.',
    template: () => html`<ctk-awareness-poster sector="hotels"></ctk-awareness-poster>`,
    error: true,
  },
  {
    id: 'unsafe-qr',
    name: 'Error: a QR address that is not https',
    description: 'A `javascript:` address is never drawn: an error, with 999 and the helpline beside it.',
    template: () => html`<ctk-awareness-poster audience="affected" qr="javascript:alert(1)"></ctk-awareness-poster>`,
    error: true,
  },
] as const satisfies readonly Fixture[];
