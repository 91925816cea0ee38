import type { StorybookConfig } from '@storybook/web-components-vite';
import type { Indexer } from 'storybook/internal/types';
import { pathToFileURL, fileURLToPath } from 'node:url';
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** The CDN folder the "Get the code" page packs (source maps left out), served at /ctkit-kit/. */
const kit = fileURLToPath(new URL('../packages/elements/dist/cdn/', import.meta.url));
const kitFiles = () =>
  readdirSync(kit, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && !entry.name.endsWith('.map'))
    .map((entry) => relative(kit, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();

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
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  core: { disableTelemetry: true },
  docs: { defaultName: 'Docs' },
  // The JSON files the contact directory's `src` stories load, at the path the tests use.
  staticDirs: [
    { from: '../packages/elements/test/data', to: '/packages/elements/test/data' },
    { from: '../packages/elements/dist/cdn', to: '/ctkit-kit' },
  ],
  viteFinal: (vite) => ({ ...vite, define: { ...vite.define, __CTKIT_KIT_FILES__: JSON.stringify(kitFiles()) } }),
  experimental_indexers: (indexers = [], { configType }) => (configType === 'PRODUCTION' ? indexers.map(runFirst) : indexers),
};

export default config;
