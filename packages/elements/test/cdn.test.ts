// ctkit.min.js from a plain <script type="module">, as an intranet page would load it.
import { expect } from '@open-wc/testing';
import { loadScript } from './load-script.js';

const cdnUrl = new URL('../dist/ctkit.min.js', import.meta.url).href;


describe('ctkit.min.js', () => {
  it('defines every element and renders the helpline from one script tag', async () => {
    await loadScript(cdnUrl);
    expect(customElements.get('ctk-helpline-banner')).to.exist;
    const host = document.createElement('div');
    host.innerHTML = '<ctk-helpline-banner></ctk-helpline-banner>';
    document.body.append(host);
    const banner = host.firstElementChild as HTMLElement & { updateComplete: Promise<unknown> };
    await banner.updateComplete;
    expect(banner.shadowRoot?.querySelector('a[href="tel:+448000121700"]')).to.exist;
    host.remove();
  });

  it('imports nothing but its locale files, from beside it', async () => {
    // The test server would resolve a bare import for us; a plain web server would not.
    const code = await (await fetch(cdnUrl)).text();
    expect(code.length).to.be.above(1000);
    const dynamic = /\bimport\(\s*["']([^"']*)["']\s*\)/g;
    const imported = [...code.matchAll(dynamic)].map((match) => match[1]);
    expect([...new Set(imported)].sort()).to.deep.equal(['./ctkit-ar.min.js', './ctkit-cy.min.js', './ctkit-pl.min.js', './ctkit-ro.min.js', './ctkit-sq.min.js', './ctkit-vi.min.js']);
    // Any other import: dynamic, bare, named, namespace or default; or a re-export.
    expect(code.replace(dynamic, '')).to.not.match(/\bimport\s*(?:\(|["'{*]|[\w$]+\s*(?:,|from\b))|\bexport\s*(?:\*|\{[^}]*\})\s*from\s*["']/);
  });

  it('loads a locale from the file beside it, which imports nothing, and renders in it', async () => {
    const cdn = (await import(cdnUrl)) as { setLocale: (locale: string) => Promise<void> };
    const host = document.createElement('div');
    host.innerHTML = '<ctk-helpline-banner></ctk-helpline-banner>';
    document.body.append(host);
    const banner = host.firstElementChild as HTMLElement & { updateComplete: Promise<unknown> };
    await banner.updateComplete;
    await cdn.setLocale('cy');
    await banner.updateComplete;
    const base = banner.shadowRoot!.querySelector('[part="base"]')!;
    expect(base.getAttribute('lang')).to.equal('cy');
    // The UI string and the contact's summary, both in Welsh; the number as it was.
    expect(base.textContent).to.contain('Am ddim');
    expect(base.querySelector('[part="summary"] [lang="en"]'), 'the summary is translated').to.be.null;
    expect(base.querySelector('a[href="tel:+448000121700"]')?.textContent?.trim()).to.equal('08000 121 700');
    const loaded = performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
    expect(loaded).to.include(new URL('../dist/ctkit-cy.min.js', import.meta.url).pathname);
    const file = await (await fetch(new URL('../dist/ctkit-cy.min.js', import.meta.url))).text();
    expect(file).to.not.match(/\bimport\b/);
    await cdn.setLocale('en-GB');
    host.remove();
  });

  it('exports the locale controls', async () => {
    const cdn = (await import(cdnUrl)) as Record<string, unknown>;
    expect(cdn.setLocale).to.be.a('function');
    expect(cdn.getLocale).to.be.a('function');
    expect(cdn.locales).to.include('en-GB');
  });

  it('is harmless when loaded a second time', async () => {
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.error);
    window.addEventListener('error', onError);
    await loadScript(`${cdnUrl}?second-copy`);
    window.removeEventListener('error', onError);
    expect(errors).to.deep.equal([]);
  });
});
