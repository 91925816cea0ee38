// examples/react/app.tsx, a React 19 page using @ctkit/react, bundled with React by esbuild
// (scripts/wtr-bundle.mjs: React ships CommonJS only) and run in Chromium.
import { expect, waitUntil } from '@open-wc/testing';

interface AppModule {
  mount: (container: Element) => { unmount: () => void };
}

const app = (await import('/__bundle/examples/react/app.tsx' as string)) as AppModule;
const shadowOf = (selector: string) => document.querySelector(selector)?.shadowRoot as ShadowRoot;

describe('@ctkit/react in a React 19 app', () => {
  it('renders the elements with their props, sets objects as properties and passes typed events', async () => {
    const container = document.createElement('div');
    document.body.append(container);
    const root = app.mount(container);
    try {
      await waitUntil(() => shadowOf('ctk-referral-flowchart')?.querySelector('[part="answer"]'), 'the flowchart rendered', { timeout: 5000 });
      // An attribute-like prop and a property-only prop (your own contacts).
      await waitUntil(() => shadowOf('ctk-contact-directory')?.textContent?.includes('Duty manager, Riverside Hotel'), 'extraContacts set as a property', { timeout: 5000 });
      expect(shadowOf('ctk-contact-directory').querySelector('a[href="tel:+441632960555"]')).to.exist;
      expect(shadowOf('ctk-helpline-banner').querySelector('a[href="tel:+448000121700"]')).to.exist;
      // onCtkStep: the app reacts to the event's typed detail.
      const answer = (label: string) =>
        [...shadowOf('ctk-referral-flowchart').querySelectorAll<HTMLButtonElement>('[part="answer"]')].find((b) => b.textContent!.trim() === label)!;
      answer('Yes').click();
      await waitUntil(() => document.getElementById('at-end'), 'the app saw the end through onCtkStep');
      expect(shadowOf('ctk-referral-flowchart').querySelector('[part="step-title"]')!.textContent).to.equal('Call 999 now');
    } finally {
      root.unmount();
      container.remove();
    }
    expect(document.querySelector('ctk-referral-flowchart')).to.equal(null);
  });
});

describe("ctkit's tags straight in React 19's JSX", () => {
  it('sets objects as properties and hears ctk-step through onctk-step', async () => {
    const native = (await import('/__bundle/examples/react/native.tsx' as string)) as AppModule;
    const container = document.createElement('div');
    document.body.append(container);
    const root = native.mount(container);
    try {
      await waitUntil(() => shadowOf('ctk-contact-directory')?.textContent?.includes('Duty manager, Riverside Hotel'), 'extraContacts set as a property', { timeout: 5000 });
      expect(document.querySelector('ctk-contact-directory')!.hasAttribute('extracontacts')).to.equal(false);
      await waitUntil(() => shadowOf('ctk-referral-flowchart')?.querySelector('[part="answer"]'), 'the flowchart rendered', { timeout: 5000 });
      [...shadowOf('ctk-referral-flowchart').querySelectorAll<HTMLButtonElement>('[part="answer"]')].find((b) => b.textContent!.trim() === 'No')!.click();
      await waitUntil(() => document.getElementById('step')?.textContent === 'age', 'onctk-step heard the step');
    } finally {
      root.unmount();
      container.remove();
    }
  });
});
