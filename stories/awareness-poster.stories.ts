import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '@ctkit/elements/awareness-poster.js';
import { awarenessPosterFixtures, posterSectors } from '../packages/elements/src/awareness-poster/awareness-poster.fixtures.js';
import { storiesFrom } from './fixture-stories.js';

interface Args {
  audience?: 'public' | 'affected';
  sector?: string;
  size?: 'a4' | 'a3';
  'tear-offs'?: boolean;
  qr?: string;
  language?: string;
}

/** Print a story from the browser to see the poster on one A4 (or A3) page. */
const meta: Meta<Args> = {
  title: 'Components/Awareness poster',
  component: 'ctk-awareness-poster',
  argTypes: {
    audience: { control: 'inline-radio', options: ['public', 'affected'] },
    sector: { control: 'select', options: ['general', ...posterSectors] },
    size: { control: 'inline-radio', options: ['a4', 'a3'] },
    'tear-offs': { control: 'boolean' },
    qr: { control: 'text' },
    language: { control: 'select', options: ['', 'en-GB', 'cy', 'pl', 'ro', 'sq', 'vi', 'ar'] },
  },
};
export default meta;

const story = storiesFrom(meta, awarenessPosterFixtures);

/** The public poster for everyone. Try every audience, sector and size in the controls. */
export const Default: StoryObj<Args> = {
  ...story('default'),
  args: {},
  render: (args) =>
    html`<ctk-awareness-poster
      audience=${ifDefined(args.audience)}
      sector=${ifDefined(args.sector)}
      size=${ifDefined(args.size)}
      ?tear-offs=${args['tear-offs']}
      qr=${ifDefined(args.qr || undefined)}
      language=${ifDefined(args.language || undefined)}
    ></ctk-awareness-poster>`,
};
export const Hospitality = story('public-hospitality');
export const Aviation = story('public-aviation');
export const Healthcare = story('public-healthcare');
export const Transport = story('public-transport');
export const Education = story('public-education');
export const LawEnforcement = story('public-law-enforcement');
export const ForAPersonAffected = story('affected');
export const InWelsh = story('affected-welsh');
export const InArabic = story('affected-arabic');
export const A3TearOffsAndQrCode = story('print-a3-tear-offs-qr');
export const PublicWithTearOffs = story('public-tear-offs');
export const UnknownSector = story('unknown-sector');
export const UnsafeQrAddress = story('unsafe-qr');
