// Server-rendered, never hydrated, and the element is never defined on this page: what a
// reader sees with JavaScript off or before it loads. (Its own file: a defined tag would
// upgrade the server-rendered element.)
import { cleanupFixtures, ssrNonHydratedFixture } from '@lit-labs/testing/fixtures.js';
import { expect } from '@open-wc/testing';
import { html } from 'lit';
import { getGuidanceTopic } from '@ctkit/data/guidance';

const base = new URL('../../dist/', import.meta.url).href;

describe('<ctk-guidance-card> without JavaScript', () => {
  afterEach(() => cleanupFixtures());

  it('reads in full from the server-rendered HTML, and the compact headlines still open', async () => {
    const topic = getGuidanceTopic('victim-centred-practice')!;
    const el = await ssrNonHydratedFixture(html`<ctk-guidance-card topic=${topic.id} variant="compact"></ctk-guidance-card>`, {
      modules: ['guidance-card/define.js'],
      base,
    });
    expect(customElements.get('ctk-guidance-card')).to.equal(undefined);
    const root = el.shadowRoot!;
    expect(root.querySelector('[part="title"]')?.textContent).to.equal(topic.title);
    const section = root.querySelector<HTMLDetailsElement>('details[part="section"]')!;
    section.querySelector('summary')!.click();
    expect(section.open).to.equal(true);
    expect(root.textContent).to.contain(topic.sections[0]!.do![0]!.text);
  });
});
