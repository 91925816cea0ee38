// Indicator sets: a sign, its category, the credited sources, the set and its sector.
import * as z from 'zod/mini';
import { HttpsUrlSchema, IdSchema, provenance, text } from './common.js';

/** A sector an indicator set is tailored to; `general` applies everywhere. */
export const SectorIdSchema = IdSchema;

/** One sign that may point to trafficking or exploitation: a reason to ask more, never proof. */
export const IndicatorSchema = z.object({
  id: IdSchema,
  /** The sign, as a short sentence staff can recognise. */
  text: text('text'),
  /** Ids of the set's `credits` this indicator is paraphrased from. */
  credits: z.array(IdSchema).check(z.minLength(1, 'must credit at least one source')),
  /**
   * `true`: the sign is about a child (under 18). When it is ticked, the checklist's next
   * steps add the child route: the local authority's children's services.
   */
  child: z.optional(z.boolean()),
});

/** Indicators of one kind, e.g. physical or documents and movement. */
export const IndicatorCategorySchema = z.object({
  id: IdSchema,
  title: text('title'),
  indicators: z.array(IndicatorSchema).check(z.minLength(1, 'must hold at least one indicator')),
});

/** A credited source of indicators. */
export const CreditSchema = z.object({
  id: IdSchema,
  title: text('title'),
  url: HttpsUrlSchema,
  licence: z.optional(text('licence')),
});

/** The indicators for one sector (or the general set), grouped by category. */
export const IndicatorSetSchema = z.object({
  id: IdSchema,
  /** `general`, or the sector the set adds to the general one (e.g. `hospitality`). */
  sector: SectorIdSchema,
  title: text('title'),
  summary: text('summary'),
  categories: z.array(IndicatorCategorySchema).check(z.minLength(1, 'must hold at least one category')),
  credits: z.array(CreditSchema).check(z.minLength(1, 'must credit at least one source')),
  ...provenance,
});

/** The indicator sets, as `@ctkit/data/json/indicator-sets.json` holds them. */
export const IndicatorSetListSchema = z.array(IndicatorSetSchema);

/** A sector with its own indicator set. */
export const SectorSchema = z.object({
  id: SectorIdSchema,
  name: text('name'),
  /** Who works there, e.g. "front desk, housekeeping, food and beverage staff". */
  roles: text('roles'),
});

// Types

export type Indicator = z.infer<typeof IndicatorSchema>;
export type IndicatorCategory = z.infer<typeof IndicatorCategorySchema>;
export type IndicatorSet = z.infer<typeof IndicatorSetSchema>;
export type Credit = z.infer<typeof CreditSchema>;
export type Sector = z.infer<typeof SectorSchema>;
