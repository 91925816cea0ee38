import type { Preview } from '@storybook/web-components';
import { setCustomElementsManifest } from '@storybook/web-components';
import manifest from '@ctkit/elements/custom-elements.json';
import { locales, localeStatus, setLocale } from '@ctkit/elements/localize.js';
import { a11y } from '../stories/a11y.js';
import { docsManifest } from '../stories/docs-page.js';
import { usage } from '../stories/usage.js';
import { ArgTypes, Description, Primary, Stories, Subtitle, Title } from '@storybook/addon-docs/blocks';
import { createElement, Fragment } from 'react';

// Docs pages and their API tables come from the JSDoc in the component classes, through the
// manifest, with when to use each component, do and don't, how to put it on a page and its
// methods (stories/docs-page.ts, stories/usage.ts).
setCustomElementsManifest(docsManifest(manifest, usage));

/**
 * Each Docs page: the purpose and guidance, the first story, the API (attributes and
 * properties, events, slots, parts, CSS custom properties: a table, not controls, since the
 * stories show fixed examples), then every story with its code.
 */
const page = () =>
  createElement(Fragment, null, createElement(Title), createElement(Subtitle), createElement(Description, { of: 'meta' }), createElement(Primary), createElement(ArgTypes), createElement(Stories));

const preview: Preview = {
  tags: ['autodocs'],
  globalTypes: {
    locale: {
      description: 'Language of the components (draft translations say so). en-XA is a pseudo-locale: text that stays plain English escaped msg().',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: [
          ...locales.map((locale) => ({
            value: locale,
            title: `${localeStatus[locale]?.name ?? locale} (${locale})`,
            right: localeStatus[locale]?.status === 'draft' ? 'draft' : '',
          })),
          { value: 'en-XA', title: 'Pseudo-locale (en-XA)' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'en-GB' },
  decorators: [
    (story, context) => {
      void setLocale(String(context.globals.locale ?? 'en-GB'));
      return story();
    },
  ],
  parameters: {
    // Every story is a fixed example (its code is under "Show code"): no story has Controls.
    controls: { disable: true },
    docs: { page },
    // The accessibility panel checks WCAG 2.2 AA (stories/a11y.ts; a test runs it on every story).
    a11y,
  },
};

export default preview;
