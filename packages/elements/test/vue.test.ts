// examples/vue/app.ts, a Vue 3 page with ctkit elements, bundled with Vue by esbuild
// (scripts/wtr-bundle.mjs) and run in Chromium.
import { expect, waitUntil } from '@open-wc/testing';

interface VueExample {
  mount: (container: Element) => { unmount: () => void };
}

const example = (await import('/__bundle/examples/vue/app.ts' as string)) as VueExample;
const shadowOf = (selector: string) => document.querySelector(selector)?.shadowRoot as ShadowRoot;

describe('ctkit in a Vue 3 app', () => {
  it('renders the elements, sets objects as properties and listens for ctk-step', async () => {
    const container = document.createElement('div');
    document.body.append(container);
    const app = example.mount(container);
    try {
      await waitUntil(() => shadowOf('ctk-referral-flowchart')?.querySelector('[part="answer"]'), 'the flowchart rendered', { timeout: 5000 });
      await waitUntil(() => shadowOf('ctk-contact-directory')?.textContent?.includes('Duty manager, Riverside Hotel'), 'extraContacts set as a property', { timeout: 5000 });
      expect(document.querySelector('ctk-contact-directory')!.hasAttribute('extracontacts')).to.equal(false);
      expect(shadowOf('ctk-helpline-banner').querySelector('a[href="tel:+448000121700"]')).to.exist;
      [...shadowOf('ctk-referral-flowchart').querySelectorAll<HTMLButtonElement>('[part="answer"]')].find((b) => b.textContent!.trim() === 'Yes')!.click();
      await waitUntil(() => document.getElementById('at-end'), 'the app saw the end through ctk-step');
    } finally {
      app.unmount();
      container.remove();
    }
  });
});
