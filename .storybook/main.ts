import type { StorybookConfig } from '@storybook/web-components-vite';
import type { Indexer } from 'storybook/internal/types';
import { pathToFileURL } from 'node:url';

/**
 * `storybook build` parses story files but never runs them, so a story whose fixture id is
 * missing (`storiesFrom` throws, naming it) would only fail in the browser. In a build, each
 * story file is also run once in Node (through Storybook's TypeScript loader) before it is
 * indexed, so the build fails with that error. (Not in `storybook dev`: Node keeps a module
 * that failed, so a fixed file would go on failing until a restart.)
 */
const runFirst = (indexer: Indexer): Indexer => ({
  ...indexer,
  createIndex: async (fileName, options) => {
    if (fileName.endsWith('.stories.ts')) await import(pathToFileURL(fileName).href);
    return indexer.createIndex(fileName, options);
  },
});

// Stories import the built packages (dist/): `pnpm start` and `pnpm build-storybook` build first.
const config: StorybookConfig = {
  framework: '@storybook/web-components-vite',
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs'],
  core: { disableTelemetry: true },
  docs: { defaultName: 'Docs' },
  // The JSON files the contact directory's `src` stories load, at the path the tests use.
  staticDirs: [{ from: '../packages/elements/test/data', to: '/packages/elements/test/data' }],
  experimental_indexers: (indexers = [], { configType }) => (configType === 'PRODUCTION' ? indexers.map(runFirst) : indexers),
};

export default config;
