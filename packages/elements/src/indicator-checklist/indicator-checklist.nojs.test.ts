// Server-rendered, never hydrated, and the element is never defined on this page: what a
// reader sees with JavaScript off or before it loads. (Its own file: a defined tag would
// upgrade the server-rendered element.)
import { cleanupFixtures, ssrNonHydratedFixture } from '@lit-labs/testing/fixtures.js';
import { expect } from '@open-wc/testing';
import { html } from 'lit';
import { getIndicatorSet } from '@ctkit/data/indicators';

const base = new URL('../../dist/', import.meta.url).href;

describe('<ctk-indicator-checklist> without JavaScript', () => {
  afterEach(() => cleanupFixtures());

  it('shows every sign of the general and sector sets as a labelled checkbox, a paper checklist', async () => {
    const el = await ssrNonHydratedFixture(html`<ctk-indicator-checklist sector="healthcare"></ctk-indicator-checklist>`, {
      modules: ['indicator-checklist/define.js'],
      base,
    });
    expect(customElements.get('ctk-indicator-checklist')).to.equal(undefined);
    const count = (['general', 'healthcare'] as const).reduce((n, id) => n + getIndicatorSet(id)!.categories.reduce((m, c) => m + c.indicators.length, 0), 0);
    const labels = [...el.shadowRoot!.querySelectorAll('label')];
    expect(labels).to.have.length(count);
    expect(labels.every((label) => label.querySelector('input[type="checkbox"]') && label.textContent!.trim().length > 10)).to.equal(true);
    expect(el.shadowRoot!.querySelector('[part="next"]')).to.equal(null);
  });
});
