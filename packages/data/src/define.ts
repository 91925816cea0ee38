// How the dataset's records are written: each through one of these, so that its id keeps its
// literal type (the id unions, `ContactId` and its kin, are made from them) and the record is
// frozen, all the way down, before any importer sees it. Internal: not an entry.
import type { AwarenessPoster, Contact, GuidanceTopic, ReferralFlow, ScenarioSet } from './schemas.js';

/**
 * Freezes `value` and every object and array in it, and returns it. Iterative, so a deep value
 * cannot overflow the stack; what is already frozen is not walked again.
 */
export function deepFreeze<T>(value: T): T {
  const stack: unknown[] = [value];
  for (let item = stack.pop(); item !== undefined || stack.length > 0; item = stack.pop()) {
    if (item === null || typeof item !== 'object' || Object.isFrozen(item)) continue;
    Object.freeze(item);
    stack.push(...Object.values(item));
  }
  return value;
}

/** A contact of the dataset, frozen, its id kept as a literal type. */
export const defineContact = <const Id extends string>(contact: Contact<Id>): Contact<Id> => deepFreeze(contact);

/** A guidance topic of the dataset, frozen, its id kept as a literal type. */
export const defineTopic = <const Id extends string>(topic: GuidanceTopic<Id>): GuidanceTopic<Id> => deepFreeze(topic);

/** A referral flow of the dataset, frozen, its id kept as a literal type. */
export const defineFlow = <const Id extends string>(flow: ReferralFlow<Id>): ReferralFlow<Id> => deepFreeze(flow);

/** A scenario set of the dataset, frozen, its id kept as a literal type. */
export const defineScenarioSet = <const Id extends string>(set: ScenarioSet<Id>): ScenarioSet<Id> => deepFreeze(set);

/** An awareness poster of the dataset, frozen, its id kept as a literal type. */
export const definePoster = <const Id extends string, const P extends AwarenessPoster<Id>>(poster: P & AwarenessPoster<Id>): P => deepFreeze(poster);
