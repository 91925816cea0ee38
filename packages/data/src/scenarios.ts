/**
 * Training scenarios: short situations that front-line staff could meet, each with a question,
 * three or four choices, and for every choice feedback that says why, resting on a sign
 * (`@ctkit/data/indicators`), a guidance section (`@ctkit/data/guidance`) or a referral flow's
 * step (`@ctkit/data/referral`), named by id and checked to exist. A general set for everyone,
 * and one set per sector of the indicator checklist, each a refresher between training sessions.
 *
 * All text is our own, written for readers who may read English as a second language. The
 * sets hold no phone numbers: components show the helpline and 999 from `@ctkit/data/contacts`.
 *
 * @module
 */
import type { ScenarioSet } from './schemas.js';
import { deepFreeze } from './define.js';
import { scenarioSet as general } from './scenarios/general.js';
import { scenarioSet as hospitality } from './scenarios/hospitality.js';
import { scenarioSet as aviation } from './scenarios/aviation.js';
import { scenarioSet as healthcare } from './scenarios/healthcare.js';
import { scenarioSet as transport } from './scenarios/transport.js';
import { scenarioSet as education } from './scenarios/education.js';
import { scenarioSet as lawEnforcement } from './scenarios/law-enforcement.js';

// Each set is its own module, `./scenarios/<id>.ts`. The list sets the order, and the order of
// the strings in the translation files: a new set goes at the end.
const list = [general, hospitality, aviation, healthcare, transport, education, lawEnforcement] as const;

/** The id of a scenario set in the dataset: `general` or a sector's id (`'hospitality'`). */
export type ScenarioSetId = (typeof list)[number]['id'];

/** Every scenario set: the general set first, then one per sector in the order of `sectors`. Frozen. */
export const scenarioSets: readonly ScenarioSet<ScenarioSetId>[] = deepFreeze(list);

const ids: ReadonlySet<string> = new Set(scenarioSets.map((set) => set.id));

/** Whether `id` is the id of a scenario set in the dataset: how a string from outside becomes a {@link ScenarioSetId}. */
export function isScenarioSetId(id: unknown): id is ScenarioSetId {
  return typeof id === 'string' && ids.has(id);
}

/**
 * The scenario set with this id (`general` or a sector id). The id is typed, so a misspelt one
 * does not compile; check a string from outside with {@link isScenarioSetId} first.
 */
export function getScenarioSet<Id extends ScenarioSetId>(id: Id): ScenarioSet<Id> {
  return scenarioSets.find((set): set is ScenarioSet<Id> => set.id === id) as ScenarioSet<Id>;
}
