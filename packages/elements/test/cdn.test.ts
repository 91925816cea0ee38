// The CDN folder's entry, ctkit.min.js, from a plain <script type="module">, as an intranet page
// would load it: it loads each element (and Lit, and its data) when its tag appears in the page.
// The single file, ctkit.all.min.js: cdn-all.test.ts.
import { expect } from '@open-wc/testing';
import { loadScript } from './load-script.js';
import { safeguardingLead } from '../src/contacts.fixtures.js';

const folder = new URL('../dist/cdn/', import.meta.url);
const cdnUrl = new URL('ctkit.min.js', folder).href;
type El = HTMLElement & { updateComplete: Promise<unknown>; shadowRoot: ShadowRoot };
interface Cdn {
  load: (tag: string) => Promise<void>;
  setLocale: (locale: string) => Promise<void>;
  getLocale: () => string;
  locales: readonly string[];
}

/** Files of the folder the page has loaded so far, by their path in it (`chunks/helpline-banner`, hash dropped). */
const loadedFiles = () =>
  performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name))
    .filter((url) => url.pathname.startsWith(folder.pathname))
    .map((url) => url.pathname.slice(folder.pathname.length).replace(/-[\w-]{8}\.js$/, ''));

/** Puts `markup` in the page, waits for `tag` to be defined and its first element to render. */
async function show(markup: string, tag: string): Promise<{ host: HTMLElement; el: El }> {
  const host = document.createElement('div');
  host.innerHTML = markup;
  document.body.append(host);
  await customElements.whenDefined(tag);
  const el = host.querySelector(tag) as El;
  await el.updateComplete;
  return { host, el };
}

describe('ctkit.min.js (the CDN folder)', () => {
  it('defines no element until its tag appears, then loads that element alone, without the validator', async () => {
    await loadScript(cdnUrl);
    expect(customElements.get('ctk-helpline-banner'), 'no banner in the page yet').to.equal(undefined);
    expect(loadedFiles().filter((file) => file.startsWith('chunks/')), 'nothing loaded but the entry').to.deep.equal([]);
    const { host, el } = await show('<ctk-helpline-banner></ctk-helpline-banner>', 'ctk-helpline-banner');
    expect(el.shadowRoot.querySelector('a[href="tel:+448000121700"]')?.textContent?.trim()).to.equal('08000 121 700');
    expect(el.shadowRoot.querySelector('a[href="tel:999"]')).to.not.equal(null);
    // The banner, and what every element shares (Lit's lit-html, then the rest of Lit and ctkit's
    // core); not another element, the contact list or the validator.
    expect(loadedFiles().filter((file) => file.startsWith('chunks/')).sort()).to.deep.equal(['chunks/core', 'chunks/helpline-banner', 'chunks/lit-html']);
    for (const tag of ['ctk-contact-directory', 'ctk-guidance-card', 'ctk-indicator-checklist', 'ctk-quick-exit', 'ctk-referral-flowchart']) {
      expect(customElements.get(tag), `${tag} is not defined`).to.equal(undefined);
    }
    host.remove();
  });

  it('defines an element added later, deep inside content added at once', async () => {
    const { host, el } = await show('<section><div><p>Help</p><ctk-guidance-card topic="training"></ctk-guidance-card></div></section>', 'ctk-guidance-card');
    expect(el.shadowRoot.querySelector('[part="title"]')?.textContent).to.match(/train/i);
    expect(loadedFiles()).to.include('chunks/guidance-card');
    host.remove();
  });

  it('loads the validator only for data of your own', async () => {
    expect(loadedFiles()).to.not.include('chunks/validate');
    const host = document.createElement('div');
    document.body.append(host);
    const banner = document.createElement('ctk-helpline-banner') as El & { contact: unknown };
    banner.contact = safeguardingLead;
    host.append(banner);
    await banner.updateComplete;
    expect(banner.shadowRoot.querySelector(`a[href="tel:${safeguardingLead.phones[0]!.number}"]`), 'your own contact').to.not.equal(null);
    expect(loadedFiles()).to.include('chunks/validate');
    host.remove();
  });

  it('exports load(tag), which defines a tag before it is in the page and refuses one that is not ctkit', async () => {
    const cdn = (await import(cdnUrl)) as Cdn;
    expect(customElements.get('ctk-quick-exit')).to.equal(undefined);
    await cdn.load('ctk-quick-exit');
    expect(customElements.get('ctk-quick-exit')).to.not.equal(undefined);
    let refused = '';
    await cdn.load('ctk-not-an-element').catch((error: Error) => (refused = error.message));
    expect(refused).to.contain('<ctk-not-an-element> is not a ctkit element');
  });

  it('imports only files of its own folder, each by a relative path that is there', async () => {
    // The test server would resolve a bare import for us; a plain web server would not. Walk
    // every import from the entry: each must be relative and name a file the folder holds.
    const seen = new Set<string>();
    const walk = async (url: string): Promise<void> => {
      if (seen.has(url)) return;
      seen.add(url);
      const response = await fetch(url);
      expect(response.ok, `${url} is in the folder`).to.equal(true);
      const code = await response.text();
      // Minified: import("./x.js"), import{a as b}from"./x.js", import"./x.js", export{a}from"./x.js".
      const specifiers = [...code.matchAll(/\bimport\s*\(\s*["']([^"']+)["']\s*\)|\b(?:import|export)\s*(?:\{[^}]*\}|\*(?:\s*as\s*[\w$]+)?|[\w$]+)\s*from\s*["']([^"']+)["']|\bimport\s*["']([^"']+)["']/g)].map((m) => m[1] ?? m[2] ?? m[3] ?? '');
      for (const specifier of specifiers) {
        expect(specifier, `${url.slice(folder.href.length)} imports ${specifier}`).to.match(/^\.\.?\//);
        const target = new URL(specifier, url).href;
        expect(target.startsWith(folder.href), `${specifier} stays in the folder`).to.equal(true);
        // Nothing imports the entry: with a query string (?ver=2) it would load twice.
        expect(target, `${url.slice(folder.href.length)} imports the entry`).to.not.equal(cdnUrl);
        await walk(target);
      }
    };
    await walk(cdnUrl);
    const files = [...seen].map((url) => url.slice(folder.href.length).replace(/-[\w-]{8}\.js$/, ''));
    // Every element, the data, the validator and the six locales, all reached from the entry.
    for (const file of ['chunks/helpline-banner', 'chunks/contact-directory', 'chunks/validate', 'chunks/contacts', 'ctkit-cy.min.js', 'ctkit-ar.min.js']) expect(files).to.include(file);
  });

  it('loads a locale from the file beside it, which imports nothing, and renders in it', async () => {
    const cdn = (await import(cdnUrl)) as Cdn;
    const { host, el } = await show('<ctk-helpline-banner></ctk-helpline-banner>', 'ctk-helpline-banner');
    await cdn.setLocale('cy');
    await el.updateComplete;
    const base = el.shadowRoot.querySelector('[part="base"]')!;
    expect(base.getAttribute('lang')).to.equal('cy');
    // The UI string and the contact's summary, both in Welsh; the number as it was.
    expect(base.textContent).to.contain('Am ddim');
    expect(base.querySelector('[part="summary"] [lang="en"]'), 'the summary is translated').to.equal(null);
    expect(base.querySelector('a[href="tel:+448000121700"]')?.textContent?.trim()).to.equal('08000 121 700');
    expect(loadedFiles()).to.include('ctkit-cy.min.js');
    const file = await (await fetch(new URL('ctkit-cy.min.js', folder))).text();
    expect(file).to.not.match(/\bimport\b/);
    await cdn.setLocale('en-GB');
    expect(cdn.getLocale()).to.equal('en-GB');
    expect(cdn.locales).to.include('cy');
    host.remove();
  });

  it('is harmless when loaded a second time (a query string, as WordPress adds one)', async () => {
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.error);
    window.addEventListener('error', onError);
    await loadScript(`${cdnUrl}?ver=2`);
    const { host, el } = await show('<ctk-referral-flowchart></ctk-referral-flowchart>', 'ctk-referral-flowchart');
    window.removeEventListener('error', onError);
    expect(errors).to.deep.equal([]);
    expect(el.shadowRoot.textContent).to.contain('Is anyone in immediate danger?');
    // The chunks are the same files: one copy of Lit and of each element.
    const core = loadedFiles().filter((file) => file === 'chunks/core');
    expect(new Set(core).size).to.equal(1);
    host.remove();
  });
});
