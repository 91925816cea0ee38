/**
 * The accessibility panel's settings (`@storybook/addon-a11y`), shared with the test that runs
 * them on every story (packages/elements/test/stories-a11y.test.ts): axe with the WCAG 2.0, 2.1
 * and 2.2 A and AA rules (the 2.2 ones, such as the 24 px target size, are off unless named)
 * and axe's best practices, the tags every ctkit test runs. A violation fails the story's check.
 */
export const a11yTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

export const a11y = {
  options: { runOnly: { type: 'tag', values: a11yTags } },
  test: 'error',
} as const;
