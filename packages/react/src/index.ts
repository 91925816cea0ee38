/**
 * `@ctkit/react`: every ctkit element as a React component (made with `@lit/react`), with typed
 * props and events. Importing it defines the elements; import one component's module
 * (`@ctkit/react/helpline-banner.js`) to define that element alone.
 * @module
 */
export { HelplineBanner } from './helpline-banner.js';
export { ContactDirectory } from './contact-directory.js';
export { IndicatorChecklist } from './indicator-checklist.js';
export { GuidanceCard } from './guidance-card.js';
export { ReferralFlowchart } from './referral-flowchart.js';
export { QuickExit } from './quick-exit.js';
