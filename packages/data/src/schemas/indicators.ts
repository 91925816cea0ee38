// Indicator sets: a sign, its category, the credited sources, the set and its sector.
import * as z from 'zod/mini';
import { HttpsUrlSchema, IdSchema, provenance, text, type Provenance } from './common.js';

/** A sector's id: see {@link IndicatorSet.sector}. */
export const SectorIdSchema = IdSchema;

/** One sign: see {@link Indicator}. */
export const IndicatorSchema = z.object({
  id: IdSchema,
  text: text('text'),
  credits: z.array(IdSchema).check(z.minLength(1, 'must credit at least one source')),
  child: z.optional(z.boolean()),
});

/** Indicators of one kind: see {@link IndicatorCategory}. */
export const IndicatorCategorySchema = z.object({
  id: IdSchema,
  title: text('title'),
  indicators: z.array(IndicatorSchema).check(z.minLength(1, 'must hold at least one indicator')),
});

/** A credited source of indicators: see {@link Credit}. */
export const CreditSchema = z.object({
  id: IdSchema,
  title: text('title'),
  url: HttpsUrlSchema,
  licence: z.optional(text('licence')),
});

/** The indicators for one sector: see {@link IndicatorSet}. */
export const IndicatorSetSchema = z.object({
  id: IdSchema,
  sector: SectorIdSchema,
  title: text('title'),
  summary: text('summary'),
  categories: z.array(IndicatorCategorySchema).check(z.minLength(1, 'must hold at least one category')),
  credits: z.array(CreditSchema).check(z.minLength(1, 'must credit at least one source')),
  ...provenance,
});

/** The indicator sets, as `@ctkit/data/json/indicator-sets.json` holds them. */
export const IndicatorSetListSchema = z.array(IndicatorSetSchema);

/** A sector with its own indicator set: see {@link Sector}. */
export const SectorSchema = z.object({
  id: SectorIdSchema,
  name: text('name'),
  roles: text('roles'),
});

// Types. Written out, not inferred, so that each field's documentation shows on hover;
// `schemas.test.ts` checks that each is exactly what its schema parses, read-only.

/**
 * One sign that may point to trafficking or exploitation: a reason to ask more, never proof.
 * `Id`: {@link IndicatorId} in the dataset.
 */
export interface Indicator<Id extends string = string> {
  /** Kebab-case, starting with its set's id; stable across releases. */
  readonly id: Id;
  /** The sign, as a short sentence staff can recognise. */
  readonly text: string;
  /** Ids of the set's `credits` this indicator is paraphrased from (at least one). */
  readonly credits: readonly string[];
  /**
   * `true`: the sign is about a child (under 18). When it is ticked, the checklist's next
   * steps add the child route: the local authority's children's services.
   */
  readonly child?: boolean;
}

/** Indicators of one kind, e.g. physical signs, or documents and movement. */
export interface IndicatorCategory<IndicatorIds extends string = string> {
  /** Kebab-case id of the category, e.g. `physical`. */
  readonly id: string;
  /** Its heading, e.g. "Physical signs". */
  readonly title: string;
  /** Its signs (at least one). */
  readonly indicators: readonly Indicator<IndicatorIds>[];
}

/** A credited source of indicators, named by the indicators' `credits`. */
export interface Credit {
  /** Kebab-case id the indicators credit it by. */
  readonly id: string;
  /** Title of the page or document. */
  readonly title: string;
  /** Its address (https only). */
  readonly url: string;
  /** Licence the content is reused under, when one applies (e.g. `OGL-3.0`). */
  readonly licence?: string;
}

/**
 * The indicators for one sector (or the general set), grouped by category. `Id`:
 * {@link IndicatorSetId} in the dataset; `IndicatorIds`: the ids of its signs.
 */
export interface IndicatorSet<Id extends string = string, IndicatorIds extends string = string> extends Provenance {
  /** `general` or the sector's id; kebab-case, stable across releases. */
  readonly id: Id;
  /** `general`, or the sector the set adds to the general one (e.g. `hospitality`). */
  readonly sector: string;
  /** Its heading, e.g. "Signs to look for in hotels and hospitality". */
  readonly title: string;
  /** One or two sentences on who the set is for. */
  readonly summary: string;
  /** Its signs, by category (at least one). */
  readonly categories: readonly IndicatorCategory<IndicatorIds>[];
  /** The sources its signs are paraphrased from (at least one). */
  readonly credits: readonly Credit[];
}

/** A sector with its own indicator set. `Id`: {@link SectorId} in the dataset. */
export interface Sector<Id extends string = string> {
  /** The sector's id, also the id of its indicator set. */
  readonly id: Id;
  /** Its name, e.g. "Hotels and hospitality". */
  readonly name: string;
  /** Who works there, e.g. "front desk, housekeeping, food and beverage staff". */
  readonly roles: string;
}
