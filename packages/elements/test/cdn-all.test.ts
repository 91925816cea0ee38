// The CDN folder's single file, ctkit.all.min.js, for a page that can take only one file: every
// element, Lit and all the data in it, each locale still a file beside it. The folder's entry,
// ctkit.min.js: cdn.test.ts.
import { expect } from '@open-wc/testing';
import { loadScript } from './load-script.js';
import { components } from './registry.js';

const fileUrl = new URL('../dist/cdn/ctkit.all.min.js', import.meta.url).href;
type El = HTMLElement & { updateComplete: Promise<unknown>; shadowRoot: ShadowRoot };

describe('ctkit.all.min.js (the single file)', () => {
  it('defines every element at once and renders the helpline', async () => {
    await loadScript(fileUrl);
    for (const { tag } of components) expect(customElements.get(tag), `${tag} is defined`).to.not.equal(undefined);
    const banner = document.createElement('ctk-helpline-banner') as El;
    document.body.append(banner);
    await banner.updateComplete;
    expect(banner.shadowRoot.querySelector('a[href="tel:+448000121700"]')?.textContent?.trim()).to.equal('08000 121 700');
    banner.remove();
  });

  it('imports nothing but its locale files, from beside it', async () => {
    // The test server would resolve a bare import for us; a plain web server would not.
    const code = await (await fetch(fileUrl)).text();
    const dynamic = /\bimport\(\s*["']([^"']*)["']\s*\)/g;
    const imported = [...code.matchAll(dynamic)].map((match) => match[1]);
    const locales = ['ar', 'cy', 'pl', 'ro', 'sq', 'vi'];
    const sets = ['aviation', 'education', 'general', 'healthcare', 'hospitality', 'law-enforcement', 'transport'];
    // Each locale's strings; the training scenarios, each set and each locale's text of them, loaded only where shown.
    const beside = [...locales.map((l) => `./ctkit-${l}.min.js`), ...locales.map((l) => `./ctkit-scenarios-${l}.min.js`), ...sets.map((set) => `./ctkit-scenario-set-${set}.min.js`)];
    expect([...new Set(imported)].sort()).to.deep.equal(beside.sort());
    // Any other import: dynamic, bare, named, namespace or default; or a re-export.
    expect(code.replace(dynamic, '')).to.not.match(/\bimport\s*(?:\(|["'{*]|[\w$]+\s*(?:,|from\b))|\bexport\s*(?:\*|\{[^}]*\})\s*from\s*["']/);
  });

  it('exports the locale controls and loads a locale from the file beside it', async () => {
    const cdn = (await import(fileUrl)) as { setLocale: (locale: string) => Promise<void>; getLocale: () => string; locales: readonly string[] };
    expect(cdn.locales).to.include('en-GB');
    const banner = document.createElement('ctk-helpline-banner') as El;
    document.body.append(banner);
    await banner.updateComplete;
    await cdn.setLocale('cy');
    await banner.updateComplete;
    expect(cdn.getLocale()).to.equal('cy');
    expect(banner.shadowRoot.querySelector('[part="base"]')?.textContent).to.contain('Am ddim');
    expect(performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname)).to.include(new URL('../dist/cdn/ctkit-cy.min.js', import.meta.url).pathname);
    await cdn.setLocale('en-GB');
    banner.remove();
  });
});
