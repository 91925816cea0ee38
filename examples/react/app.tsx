// A small React 19 page with ctkit, through @ctkit/react: props for attributes and objects,
// onCtkStep for the referral flow's event. Tested in packages/react/test/react.test.ts.
import { useState } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { ContactDirectory, HelplineBanner, ReferralFlowchart } from '@ctkit/react';
import type { ReferralStepDetail } from '@ctkit/elements/referral-flowchart.js';
import { dutyManager } from '../plain-html/own-contacts.js';

export function App() {
  const [step, setStep] = useState<ReferralStepDetail | null>(null);
  return (
    <main>
      <h1>If you are worried about trafficking</h1>
      <HelplineBanner />
      <ReferralFlowchart id="referral" onCtkStep={(event) => setStep(event.detail)} />
      {/* The page may follow the reader's steps (here, to offer the directory at an end); it stores nothing. */}
      {step?.end ? <p id="at-end">Every contact is listed below.</p> : null}
      <ContactDirectory extraContacts={[dutyManager]} categories="internal emergency report" />
    </main>
  );
}

/** Renders the app into `container`. */
export function mount(container: Element): Root {
  const root = createRoot(container);
  root.render(<App />);
  return root;
}
