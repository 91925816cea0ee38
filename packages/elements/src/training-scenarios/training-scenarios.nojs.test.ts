// Server-rendered, never hydrated, and the element is never defined on this page: what a
// reader sees with JavaScript off or before it loads. (Its own file: a defined tag would
// upgrade the server-rendered element.)
import { cleanupFixtures, ssrNonHydratedFixture } from '@lit-labs/testing/fixtures.js';
import { expect } from '@open-wc/testing';
import { html } from 'lit';
import { getScenarioSet } from '@ctkit/data/scenarios';

const base = new URL('../../dist/', import.meta.url).href;

describe('<ctk-training-scenarios> without JavaScript', () => {
  afterEach(() => cleanupFixtures());

  it('reads every scenario with its answers, the best marked in words, and 999 and the helpline', async () => {
    const set = getScenarioSet('transport');
    const el = await ssrNonHydratedFixture(html`<ctk-training-scenarios sector="transport"></ctk-training-scenarios>`, { modules: ['training-scenarios/define.js'], base });
    expect(customElements.get('ctk-training-scenarios')).to.equal(undefined);
    const root = el.shadowRoot!;
    expect(root.querySelector('[part="title"]')?.textContent?.trim()).to.equal(set.title);
    const items = [...root.querySelectorAll('.review > [part="scenario"]')];
    expect(items).to.have.length(set.scenarios.length);
    items.forEach((item, i) => {
      const scenario = set.scenarios[i]!;
      const words = item.textContent!.replace(/\s+/g, ' ');
      expect(words).to.contain(scenario.situation);
      for (const choice of scenario.choices) expect(words).to.contain(choice.text).and.contain(choice.feedback);
      expect(item.querySelector('[part~="best"]')!.textContent).to.contain('The best action:').and.contain(scenario.choices.find((choice) => choice.best)!.text);
    });
    // No button that cannot work without script.
    expect(root.querySelectorAll('button')).to.have.length(0);
    expect([...root.querySelectorAll('a[href^="tel:"]')].map((a) => a.getAttribute('href'))).to.deep.equal(['tel:999', 'tel:+448000121700']);
  });
});
