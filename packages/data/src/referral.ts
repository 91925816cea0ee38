/**
 * `@ctkit/data/referral`: what to do when trafficking or modern slavery is suspected, as a
 * decision flow for each part of the UK: `england-wales`, `scotland` and `northern-ireland`.
 * They differ in who refers a child, who supports an adult, the support period (at least 30
 * days in England and Wales, up to 90 in Scotland, at least 45 in Northern Ireland) and the
 * duty to notify (in force in England and Wales; we found Scotland's and Northern Ireland's
 * not yet in force, and say so). Each step names its sources beyond the
 * flow's own; what no source confirms is a caution on the step.
 *
 * @module
 */
import type { ReferralFlow } from './schemas.js';
import { deepFreeze } from './define.js';
import { flow as englandWales } from './referral/england-wales.js';
import { flow as scotland } from './referral/scotland.js';
import { flow as northernIreland } from './referral/northern-ireland.js';

// Each flow is its own module, `./referral/<id>.ts`.
const list = [englandWales, scotland, northernIreland] as const;

/** The id of a referral flow in the dataset, e.g. `'england-wales'`. */
export type FlowId = (typeof list)[number]['id'];

/** Every referral flow in the dataset. Frozen, like each record. */
export const referralFlows: readonly ReferralFlow<FlowId>[] = deepFreeze(list);

const ids: ReadonlySet<string> = new Set(referralFlows.map((flow) => flow.id));

/** Whether `id` is the id of a referral flow in the dataset: how a string from outside becomes a {@link FlowId}. */
export function isFlowId(id: unknown): id is FlowId {
  return typeof id === 'string' && ids.has(id);
}

/**
 * The referral flow with this id. The id is typed, so a misspelt one does not compile; check
 * a string from outside with {@link isFlowId} first. (Called from untyped code with an id the
 * dataset does not have, it returns `undefined`.)
 */
export function getReferralFlow<Id extends FlowId>(id: Id): ReferralFlow<Id> {
  return referralFlows.find((flow): flow is ReferralFlow<Id> => flow.id === id) as ReferralFlow<Id>;
}
