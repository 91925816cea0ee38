// Training scenarios: what a choice rests on, a choice, a scenario and a sector's set.
import * as z from 'zod/mini';
import { IdSchema, provenance, SourceSchema, text, type Provenance, type Source } from './common.js';

/** What a choice's feedback rests on: see {@link ScenarioRef}. */
export const ScenarioRefSchema = z.object({
  kind: z.enum(['indicator', 'guidance', 'flow']),
  id: z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*(?:\/[a-z0-9]+(?:-[a-z0-9]+)*)?$/, 'must be an id, or two ids joined by "/" (topic/section, flow/step)')),
});

/** One answer to a scenario's question: see {@link ScenarioChoice}. */
export const ScenarioChoiceSchema = z.object({
  text: text('text'),
  best: z.optional(z.boolean()),
  feedback: text('feedback'),
  refs: z.array(ScenarioRefSchema).check(z.minLength(1, 'must name at least one sign, guidance section or flow step it rests on')),
});

/** One situation, its question and its choices: see {@link Scenario}. */
export const ScenarioSchema = z.object({
  id: IdSchema,
  title: text('title'),
  situation: text('situation'),
  question: text('question'),
  choices: z.array(ScenarioChoiceSchema).check(z.minLength(3, 'must offer three or four choices'), z.maxLength(4, 'must offer three or four choices')),
});

/** The scenarios for one sector, or the general set: see {@link ScenarioSet}. */
export const ScenarioSetSchema = z.object({
  id: IdSchema,
  title: text('title'),
  summary: text('summary'),
  scenarios: z.array(ScenarioSchema).check(z.minLength(1, 'must hold at least one scenario'), z.maxLength(50, 'may hold at most 50 scenarios')),
  remember: z.array(text('point')).check(z.minLength(1, 'must say at least one thing to remember')),
  credits: z.optional(z.array(SourceSchema)),
  ...provenance,
});

/** The scenario sets, as `@ctkit/data/json/scenario-sets.json` holds them. */
export const ScenarioSetListSchema = z.array(ScenarioSetSchema);

// Types. Written out, not inferred, so that each field's documentation shows on hover;
// `schemas.test.ts` checks that each is exactly what its schema parses, read-only.

/**
 * What a choice's feedback rests on, checked to exist by `parseScenarioSet`:
 * - `indicator`: a sign's id in `@ctkit/data/indicators` (`hospitality-cash-payments-short-stays`);
 * - `guidance`: a guidance topic and one of its sections, `topic/section`
 *   (`victim-centred-practice/talking`);
 * - `flow`: a referral flow and one of its steps, `flow/step` (`england-wales/danger`).
 */
export interface ScenarioRef {
  /** What kind of record it names. */
  readonly kind: 'indicator' | 'guidance' | 'flow';
  /** Its id: an indicator's id, `topic/section` or `flow/step`. */
  readonly id: string;
}

/** One answer to a scenario's question, with the feedback a reader gets on choosing it. */
export interface ScenarioChoice {
  /** The answer, as an action ("Ask the guest, alone, if they are all right."). */
  readonly text: string;
  /** `true` on the best answer: exactly one choice of each scenario. */
  readonly best?: boolean;
  /** Why this answer is or is not the best, in plain words; never a judgement of the reader. */
  readonly feedback: string;
  /** The signs, guidance sections or flow steps the feedback rests on (at least one). */
  readonly refs: readonly ScenarioRef[];
}

/** A short situation a member of staff could meet, a question, and three or four choices. */
export interface Scenario {
  /** Kebab-case, unique in its set, stable across releases. */
  readonly id: string;
  /** A few words naming it, for the list of scenarios and the handout. */
  readonly title: string;
  /** What happens, in two to four sentences. */
  readonly situation: string;
  /** What the reader is asked ("What do you do first?"). */
  readonly question: string;
  /** Three or four answers, exactly one of them `best`. */
  readonly choices: readonly ScenarioChoice[];
}

/**
 * Training scenarios for one sector's staff, or the general set for everyone. `Id`:
 * {@link ScenarioSetId} in the dataset (`general` or a sector's id).
 */
export interface ScenarioSet<Id extends string = string> extends Provenance {
  /** `general` or the sector's id (as in `@ctkit/data/indicators`); kebab-case, stable across releases. */
  readonly id: Id;
  /** Its heading. */
  readonly title: string;
  /** One or two sentences on who it is for. */
  readonly summary: string;
  /** The scenarios, in the order they are asked (1 to 50). */
  readonly scenarios: readonly Scenario[];
  /** What to remember, shown at the end: facts and actions, never a judgement of the reader. */
  readonly remember: readonly string[];
  /** Further sources beyond `source`. */
  readonly credits?: readonly Source[];
}
