// Type-checked only (pnpm typecheck): @ctkit/react's props and events are typed.
import { IndicatorChecklist, ReferralFlowchart } from '@ctkit/react';

export const ok = [
  <ReferralFlowchart key="a" view="diagram" headingLevel={3} onCtkStep={(event) => event.detail.answers.map((a) => a.question)} />,
  <IndicatorChecklist key="b" sector="hospitality" onCtkChange={(event) => event.detail.checked.length} />,
];

// @ts-expect-error: the flowchart has no such view.
export const badView = <ReferralFlowchart view="sideways" />;

// @ts-expect-error: a step's detail has no score (nothing is ever scored).
export const badEvent = <ReferralFlowchart onCtkStep={(event) => event.detail.score} />;
