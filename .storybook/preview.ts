import type { Preview } from '@storybook/web-components';
import { setCustomElementsManifest } from '@storybook/web-components';
import manifest from '@ctkit/elements/custom-elements.json';
import { locales, localeStatus, setLocale } from '@ctkit/elements/localize.js';

// Arg tables and docs come from the JSDoc in the component classes, through the manifest.
// Private and protected members are implementation details: keep them out of the tables.
type Member = { privacy?: string };
const publicOnly = JSON.parse(JSON.stringify(manifest), (key, value: unknown) =>
  key === 'members' && Array.isArray(value) ? value.filter((m: Member) => !m.privacy || m.privacy === 'public') : value,
) as typeof manifest;
setCustomElementsManifest(publicOnly);

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
    controls: { expanded: true },
  },
};

export default preview;
