// What paper keeps (issue 19, point 7): in every fixture, printed, each web link shows its
// address and no heading may be left alone at the foot of a page; the guided flowchart prints
// the whole flow with the reader's answers marked, not its buttons. ("Print my notes" on one
// page is checked on the whole example page: example-page.test.ts.)
import { cleanupFixtures, render, renderModes, shadow } from './fixture.js';
import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { itCan, screenMedia } from './engine.js';
import { html } from 'lit';
import { components } from './registry.js';
import { englandWales, pathsThrough } from '../src/referral-flowchart/referral-flowchart.fixtures.js';

describe('printed', () => {
  afterEach(async () => {
    cleanupFixtures();
    await screenMedia();
  });

  for (const component of components) {
    for (const fixture of component.fixtures) {
      itCan('printMedia', `<${component.tag}> "${fixture.name}": web links show their address, headings keep with what follows`, async () => {
        const { el } = await render(renderModes[0]!, fixture.template(), [component.module]);
        await emulateMedia({ media: 'print' });
        const root = shadow(el);
        for (const link of root.querySelectorAll<HTMLAnchorElement>('a[href^="http"]')) {
          if (!link.checkVisibility()) continue;
          expect(getComputedStyle(link, '::after').content, link.textContent ?? '').to.contain(link.getAttribute('href'));
        }
        for (const heading of root.querySelectorAll('[role="heading"]')) {
          expect(getComputedStyle(heading).breakAfter, heading.textContent ?? '').to.equal('avoid');
        }
      });
    }
  }

  itCan('printMedia', 'the guided flowchart: the whole flow with the answers given marked, no buttons', async () => {
    const { answers } = pathsThrough(englandWales).find(({ end }) => end.id === 'helpline-advice')!;
    const { el } = await render(renderModes[0]!, html`<ctk-referral-flowchart .answers=${answers}></ctk-referral-flowchart>`, ['referral-flowchart/define.js']);
    const root = shadow(el);
    const chart = root.querySelector('.print-chart [part="chart"]')!;
    expect(chart.checkVisibility(), 'on screen, the diagram is not shown').to.equal(false);
    await emulateMedia({ media: 'print' });
    expect(chart.checkVisibility(), 'printed, the diagram is').to.equal(true);
    // Every step of the flow is on paper.
    for (const node of englandWales.nodes) {
      const title = node.type === 'question' ? node.text : node.title;
      expect(chart.textContent, title).to.contain(title);
    }
    // Each answer given is marked where it branches; nothing else is.
    const marked = [...chart.querySelectorAll('.edge.given')].map((edge) => edge.textContent?.replace('If the answer is:', '').trim());
    expect(marked).to.deep.equal(answers.map((a) => a.answer));
    for (const edge of chart.querySelectorAll('.edge.given')) expect(getComputedStyle(edge, '::before').content).to.contain('✓');
    expect([...root.querySelectorAll('button')].filter((button) => button.checkVisibility())).to.deep.equal([]);
    expect(root.querySelector('[part="path"]')!.checkVisibility(), '"Your answers so far" prints too').to.equal(true);
  });
});
