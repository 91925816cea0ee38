// A page may load all.js and then one component's entry (two scripts from two teams), or an
// entry twice under different URLs: each define module skips a tag that is taken, so neither
// throws.
import { expect } from '@open-wc/testing';
import { components } from './registry.js';

const dist = new URL('../dist/', import.meta.url).href;

describe('defining twice', () => {
  it('loading each entry after all.js, and again under another URL, is harmless', async () => {
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.error);
    window.addEventListener('error', onError);
    try {
      await import(new URL('all.js', dist).href);
      const first = components.map((component) => customElements.get(component.tag));
      expect(first.every(Boolean), 'all.js defines every element').to.equal(true);
      for (const component of components) {
        // A query string makes the browser evaluate the define module a second time.
        await import(new URL(`${component.module}?after-all`, dist).href);
        await import(new URL(`${component.module}?and-again`, dist).href);
      }
      expect(components.map((component) => customElements.get(component.tag))).to.deep.equal(first);
    } finally {
      window.removeEventListener('error', onError);
    }
    expect(errors).to.deep.equal([]);
  });
});
