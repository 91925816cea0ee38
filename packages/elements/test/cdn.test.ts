// ctkit.min.js from a plain <script type="module">, as an intranet page would load it.
import { expect } from '@open-wc/testing';

const cdnUrl = new URL('../dist/ctkit.min.js', import.meta.url).href;

function loadScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.type = 'module';
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`could not load ${src}`));
    document.head.append(script);
  });
}

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

  it('is one file: it imports nothing', async () => {
    // The test server would resolve a bare import for us; a plain web server would not.
    const code = await (await fetch(cdnUrl)).text();
    expect(code.length).to.be.above(1000);
    // Any import: dynamic, bare, named, namespace or default; or a re-export.
    expect(code).to.not.match(/\bimport\s*(?:\(|["'{*]|[\w$]+\s*(?:,|from\b))|\bexport\s*(?:\*|\{[^}]*\})\s*from\s*["']/);
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
