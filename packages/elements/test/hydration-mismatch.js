// A deliberately broken element for test/fixture.test.ts: the server renders one thing and the
// browser another, which hydration must refuse. Plain JS so the SSR worker (Node) can load it.
import { LitElement, html, isServer } from 'lit';

class HydrationMismatch extends LitElement {
  render() {
    return isServer ? html`<p>rendered on the server</p>` : html`<span>rendered in the browser</span>`;
  }
}

if (!customElements.get('ctk-test-hydration-mismatch')) {
  customElements.define('ctk-test-hydration-mismatch', HydrationMismatch);
}
