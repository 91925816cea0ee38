// A page that defined a ctk- tag before ctkit (another library, or a copy of its own): ctkit's
// element cannot take the tag, and the console names it instead of leaving a silent blank.
// (Its own file: the tag must be free when the test starts.)
import { expect } from '@open-wc/testing';

const dist = new URL('../dist/', import.meta.url).href;

describe('a tag defined by another script first', () => {
  it('is named in the console, and nothing throws', async () => {
    class Impostor extends HTMLElement {}
    customElements.define('ctk-guidance-card', Impostor);
    const errors: string[] = [];
    const consoleError = console.error;
    console.error = (...args: unknown[]) => errors.push(args.map(String).join(' '));
    try {
      await import(new URL('guidance-card/define.js?impostor', dist).href);
    } finally {
      console.error = consoleError;
    }
    expect(customElements.get('ctk-guidance-card')).to.equal(Impostor);
    expect(errors).to.have.length(1);
    expect(errors[0]).to.contain('<ctk-guidance-card>').and.to.contain('already defined by another script');
  });
});
