// The two-mode fixture itself: a hydration mismatch must fail the server-rendered test, or
// every other SSR test here proves nothing.
import { cleanupFixtures, render, renderModes } from './fixture.js';
import { expect } from '@open-wc/testing';
import { html } from 'lit';

const [clientMode, hydratedMode] = renderModes;
const mismatch = html`<ctk-test-hydration-mismatch></ctk-test-hydration-mismatch>`;
const modules = ['../test/hydration-mismatch.js'];

describe('render() fixture', () => {
  afterEach(() => cleanupFixtures());

  it('renders a client-only element without complaint', async () => {
    const { el } = await render(clientMode!, mismatch, modules);
    expect(el.shadowRoot?.textContent).to.contain('rendered in the browser');
  });

  it('fails when hydration finds other markup than the server rendered', async () => {
    let failure: unknown;
    try {
      await render(hydratedMode!, mismatch, modules);
    } catch (error) {
      failure = error;
    }
    expect(String(failure)).to.match(/hydration/i);
  });
});
