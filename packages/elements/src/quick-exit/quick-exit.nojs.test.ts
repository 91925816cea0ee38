// Server-rendered and never defined on this page: the fallback a reader gets with JavaScript off.
import { cleanupFixtures, ssrNonHydratedFixture } from '@lit-labs/testing/fixtures.js';
import { expect } from '@open-wc/testing';
import { html } from 'lit';

const base = new URL('../../dist/', import.meta.url).href;

describe('<ctk-quick-exit> without JavaScript', () => {
  afterEach(() => cleanupFixtures());

  it('is a plain link to the neutral page that sends no referrer', async () => {
    const el = await ssrNonHydratedFixture(html`<ctk-quick-exit href="https://www.gov.uk/"></ctk-quick-exit>`, {
      modules: ['quick-exit/define.js'],
      base,
    });
    expect(customElements.get('ctk-quick-exit')).to.equal(undefined);
    const link = el.shadowRoot?.querySelector('a');
    expect(link?.getAttribute('href')).to.equal('https://www.gov.uk/');
    expect(link?.getAttribute('rel')).to.contain('noreferrer');
    expect(link?.textContent?.trim()).to.equal('Exit this page');
  });

  it('shows a fallback link placed inside it while it is not defined', async () => {
    const host = document.createElement('div');
    host.innerHTML = '<ctk-quick-exit><a href="https://www.bbc.co.uk/weather" rel="nofollow noreferrer">Exit this page</a></ctk-quick-exit>';
    document.body.append(host);
    const link = host.querySelector('a')!;
    expect(link.getClientRects().length).to.be.above(0);
    host.remove();
  });
});
