// React 19 without a wrapper: ctkit's tags straight in JSX, typed by @ctkit/elements/jsx.js.
// React 19 sets objects as properties, and listens for onctk-step as the ctk-step event.
// Tested in packages/react/test/react.test.ts.
import { useState } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import '@ctkit/elements/referral-flowchart.js';
import '@ctkit/elements/contact-directory.js';
import type {} from '@ctkit/elements/jsx.js';
import type { ReferralStepDetail } from '@ctkit/elements/referral-flowchart.js';
import { dutyManager } from '../plain-html/own-contacts.js';

export function NativePage() {
  const [node, setNode] = useState('');
  return (
    <main>
      <ctk-referral-flowchart id="referral" onctk-step={(event: CustomEvent<ReferralStepDetail>) => setNode(event.detail.node)} />
      {node ? <p id="step">{node}</p> : null}
      <ctk-contact-directory extraContacts={[dutyManager]} categories="internal" />
    </main>
  );
}

/** Renders the page into `container`. */
export function mount(container: Element): Root {
  const root = createRoot(container);
  root.render(<NativePage />);
  return root;
}
