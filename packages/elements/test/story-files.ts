/** A component's story files: its own, then its "Test fixtures" (stories/test-fixtures/). */
export const storyFiles = (tag: string): string[] =>
  ['', 'test-fixtures/'].map((folder) => new URL(`../../../stories/${folder}${tag.replace(/^ctk-/, '')}.stories.ts`, import.meta.url).href);
