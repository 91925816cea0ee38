// custom-elements.json, from the JSDoc in the component classes. It feeds Storybook's arg
// tables and docs, editors, and (later) the React wrappers.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.fixtures.ts', 'src/**/*.styles.ts', 'src/internal/**', 'src/generated/**'],
  outdir: '.',
  litelement: true,
  packagejson: false,
};
