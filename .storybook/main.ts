import type { StorybookConfig } from '@storybook/web-components-vite';

// Stories import the built packages (dist/): `pnpm start` and `pnpm build-storybook` build first.
const config: StorybookConfig = {
  framework: '@storybook/web-components-vite',
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs'],
  core: { disableTelemetry: true },
  docs: { defaultName: 'Docs' },
  // The JSON files the contact directory's `src` stories load, at the path the tests use.
  staticDirs: [{ from: '../packages/elements/test/data', to: '/packages/elements/test/data' }],
};

export default config;
