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
import { deepFreeze } from './define.js';
import { topic as victimCentredPractice } from './guidance/victim-centred-practice.js';
import { topic as postIdentificationPolicy } from './guidance/post-identification-policy.js';
import { topic as policyEssentials } from './guidance/policy-essentials.js';
import { topic as training } from './guidance/training.js';
import { topic as awareness } from './guidance/awareness.js';
import { topic as modernSlaveryStatement } from './guidance/modern-slavery-statement.js';

// Each topic is its own module, `./guidance/<id>.ts`, restating the sources in
// `./guidance/sources.ts`. The list below sets the display order, and the order of the strings
// in the translation files.

const list = [
  victimCentredPractice,
  postIdentificationPolicy,
  policyEssentials,
  training,
  awareness,
  modernSlaveryStatement,
] as const;

/** The id of a guidance topic in the dataset, e.g. `'victim-centred-practice'`. */
export type TopicId = (typeof list)[number]['id'];

/** Every guidance topic, in display order. Frozen, like each record. */
export const guidance: readonly GuidanceTopic<TopicId>[] = deepFreeze(list);

const ids: ReadonlySet<string> = new Set(guidance.map((topic) => topic.id));

/** Whether `id` is the id of a guidance topic in the dataset: how a string from outside becomes a {@link TopicId}. */
export function isTopicId(id: unknown): id is TopicId {
  return typeof id === 'string' && ids.has(id);
}

/**
 * The guidance topic with this id. The id is typed, so a misspelt one does not compile; check
 * a string from outside with {@link isTopicId} first. (Called from untyped code with an id the
 * dataset does not have, it returns `undefined`.)
 */
export function getGuidanceTopic<Id extends TopicId>(id: Id): GuidanceTopic<Id> {
  return guidance.find((topic): topic is GuidanceTopic<Id> => topic.id === id) as GuidanceTopic<Id>;
}
