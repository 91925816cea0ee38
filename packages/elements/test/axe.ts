/**
 * axe, as every test runs it: the WCAG 2.0, 2.1 and 2.2 A and AA rules (the 2.2 ones, such as
 * target size, are off unless named) and axe's best practices. Page checks pass the same tags
 * to the `check-page` command.
 */
import 'axe-core/axe.min.js';
import type { AxeResults, RunOptions } from 'axe-core';

export const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

declare global {
  interface Window {
    axe: { run(context: Element, options: RunOptions): Promise<AxeResults> };
  }
}

/** Fails, listing each violation with its targets, when axe finds anything in `el`. */
export async function expectAccessible(el: Element): Promise<void> {
  const { violations } = await window.axe.run(el, { runOnly: { type: 'tag', values: axeTags }, resultTypes: ['violations'] });
  if (violations.length === 0) return;
  const lines = violations.flatMap((v) => [`${v.id} (${v.impact}): ${v.help}`, ...v.nodes.map((n) => `  ${n.target.join(' ')}: ${n.failureSummary ?? ''}`)]);
  throw new Error(`axe found ${violations.length} violation(s) under ${axeTags.join(', ')}:\n${lines.join('\n')}`);
}
