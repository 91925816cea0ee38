// Type-checked only (pnpm typecheck): @ctkit/react's props and events are typed.
import type {} from '@ctkit/elements/jsx.js';
import { IndicatorChecklist, ReferralFlowchart } from '@ctkit/react';

export const ok = [
  <ReferralFlowchart key="a" view="diagram" headingLevel={3} onCtkStep={(event) => event.detail.answers.map((a) => a.question)} />,
  <IndicatorChecklist key="b" sector="hospitality" onCtkChange={(event) => event.detail.checked.length} />,
];

// @ts-expect-error: the flowchart has no such view.
export const badView = <ReferralFlowchart view="sideways" />;

// @ts-expect-error: a step's detail has no score (nothing is ever scored).
export const badEvent = <ReferralFlowchart onCtkStep={(event) => event.detail.score} />;

// Without the wrapper (React 19): @ctkit/elements/jsx.js types the tags.
export const nativeOk = <ctk-referral-flowchart view="diagram" headingLevel={3} />;

// @ts-expect-error: the same check on the bare tag.
export const nativeBadView = <ctk-referral-flowchart view="sideways" />;
