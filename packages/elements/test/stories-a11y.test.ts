// Every story in Storybook, as its accessibility panel checks it: rendered as the story renders
// it (with its args), then axe with the panel's own settings (stories/a11y.ts), which are the
// WCAG 2.2 A and AA tags every ctkit test uses. A story that fails here shows red in the panel.
import { cleanupFixtures, render, renderModes } from './fixture.js';
import { expect } from '@open-wc/testing';
import type { AxeResults, RunOptions } from 'axe-core';
import type { TemplateResult } from 'lit';
import { components } from './registry.js';
import { axeTags } from './axe.js';
import { storyFiles } from './story-files.js';
import { a11y, a11yTags } from '../../../stories/a11y.js';

type Story = { name?: string; args?: Record<string, unknown>; render?: (args: Record<string, unknown>, context: unknown) => TemplateResult };
type StoryModule = Record<string, Story | undefined> & { default: Story & { title: string } };

describe('the accessibility panel', () => {
  it('checks the WCAG 2.2 A and AA tags every ctkit test runs', () => {
    expect(a11yTags).to.deep.equal(axeTags);
    expect(a11y.test).to.equal('error');
  });
});

for (const component of components) {
  describe(`<${component.tag}> stories, with the accessibility panel's settings`, () => {
    afterEach(() => cleanupFixtures());
    it('every story passes axe (WCAG 2.2 AA)', async () => {
      const failures: string[] = [];
      let checked = 0;
      for (const file of storyFiles(component.tag)) {
      const stories = (await import(file)) as StoryModule;
      const meta = stories.default;
      for (const [exportName, story] of Object.entries(stories)) {
        if (exportName === 'default' || !story) continue;
        const draw = story.render ?? meta.render;
        if (!draw) throw new Error(`${meta.title}: ${exportName} has no render`);
        const { el } = await render(renderModes[0]!, draw({ ...meta.args, ...story.args }, {}), [component.module]);
        const { violations } = (await (window as unknown as { axe: { run(el: Element, options: RunOptions): Promise<AxeResults> } }).axe.run(el.parentElement ?? el, {
          ...(a11y.options as RunOptions),
          resultTypes: ['violations'],
        })) as AxeResults;
        for (const v of violations) failures.push(`${meta.title} › ${story.name ?? exportName}: ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`);
        checked += 1;
        cleanupFixtures();
      }
      }
      expect(checked, 'stories checked').to.be.greaterThan(0);
      expect(failures).to.deep.equal([]);
    });
  });
}
