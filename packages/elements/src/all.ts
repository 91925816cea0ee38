/**
 * `@ctkit/elements/all.js`: defines every ctkit element and exports their classes.
 * @module
 */
export * from './helpline-banner/define.js';
export * from './contact-directory/define.js';
export * from './indicator-checklist/define.js';
export * from './guidance-card/define.js';
export * from './referral-flowchart/define.js';
export * from './quick-exit/define.js';
