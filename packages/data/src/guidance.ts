/**
 * Guidance topics for organisations building a counter-trafficking strategy: how to talk to a
 * possible victim, what to do once one is identified, what a policy must hold, training,
 * awareness and the modern slavery statement.
 *
 * All text is our own plain-English restatement of the sources each topic names, written for
 * readers who may read English as a second language. Where the original guide is out of date
 * (the helpline's name, paper NRM forms), the corrected facts are used: see the package
 * README. This file holds no phone numbers: components take them from `@ctkit/data/contacts`,
 * so a number is only ever kept in one place.
 *
 * @module
 */
import type { GuidanceTopic } from './schemas.js';
import { topic as victimCentredPractice } from './guidance/victim-centred-practice.js';
import { topic as postIdentificationPolicy } from './guidance/post-identification-policy.js';
import { topic as policyEssentials } from './guidance/policy-essentials.js';
import { topic as training } from './guidance/training.js';
import { topic as awareness } from './guidance/awareness.js';
import { topic as modernSlaveryStatement } from './guidance/modern-slavery-statement.js';

// Each topic is its own module, `./guidance/<id>.ts`, restating the sources in
// `./guidance/sources.ts`. The list below sets the display order, and the order of the strings
// in the translation files.

/** Every guidance topic, in display order. */
export const guidance: readonly GuidanceTopic[] = [
  victimCentredPractice,
  postIdentificationPolicy,
  policyEssentials,
  training,
  awareness,
  modernSlaveryStatement,
];

/** The guidance topic with this id, or `undefined` if the dataset has none. */
export function getGuidance(topicId: string): GuidanceTopic | undefined {
  return guidance.find((topic) => topic.id === topicId);
}
