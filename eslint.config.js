// One lint tool: ESLint with typescript-eslint and the Lit and web-components plugins.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      'storybook-static/**',
      'packages/elements/src/generated/**',
      'packages/data/src/translations/**',
      'packages/*/custom-elements.json',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  lit.configs['flat/recommended'],
  wc.configs['flat/recommended'],
  {
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      'lit/no-template-bind': 'error',
      'lit/no-useless-template-literals': 'error',
      'lit/attribute-value-entities': 'error',
    },
  },
  {
    // Right to left: component styles use logical properties (margin-inline-start, inset-inline-end,
    // text-align: start), never physical left and right, so an rtl page mirrors them.
    files: ['packages/elements/src/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "TaggedTemplateExpression[tag.name='css'] TemplateElement[value.raw=/(margin|padding|border|inset)-(left|right)|[^-]\\b(left|right)\\s*:|text-align:\\s*(left|right)|float:\\s*(left|right)/]",
          message: 'Use logical properties (inline-start, inline-end) so the layout mirrors in right-to-left languages.',
        },
      ],
    },
  },
  {
    files: ['scripts/**', 'packages/*/scripts/**', 'packages/*/test/**/*.mjs', '*.config.{js,mjs}', '.storybook/**', 'packages/*/*.config.mjs'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['**/*.test.ts', 'packages/elements/test/**'],
    languageOptions: { globals: { ...globals.mocha } },
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      // chai's property assertions (expect(x).to.exist) read as bare expressions.
      '@typescript-eslint/no-unused-expressions': 'off',
    },
  },
);
