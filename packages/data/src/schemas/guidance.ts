// Guidance topics: an item, a section and the topic.
import * as z from 'zod/mini';
import { IdSchema, provenance, SourceSchema, text, type Provenance, type Source } from './common.js';

/** A point of guidance: see {@link GuidanceItem}. */
export const GuidanceItemSchema = z.object({
  text: text('text'),
  why: z.optional(text('why')),
});

/** A section of a guidance topic: see {@link GuidanceSection}. */
export const GuidanceSectionSchema = z.object({
  id: IdSchema,
  title: text('title'),
  body: z.optional(z.array(text('paragraph'))),
  items: z.optional(z.array(GuidanceItemSchema)),
  ordered: z.optional(z.boolean()),
  do: z.optional(z.array(GuidanceItemSchema)),
  dont: z.optional(z.array(GuidanceItemSchema)),
});

/** A guidance topic: see {@link GuidanceTopic}. */
export const GuidanceTopicSchema = z.object({
  id: IdSchema,
  title: text('title'),
  summary: text('summary'),
  sections: z.array(GuidanceSectionSchema).check(z.minLength(1, 'must hold at least one section')),
  credits: z.optional(z.array(SourceSchema)),
  ...provenance,
});

/** The guidance topics, as `@ctkit/data/json/guidance.json` holds them. */
export const GuidanceListSchema = z.array(GuidanceTopicSchema);

// Types. Written out, not inferred, so that each field's documentation shows on hover;
// `schemas.test.ts` checks that each is exactly what its schema parses, read-only.

/** A point of guidance, with the reason for it. */
export interface GuidanceItem {
  /** The point, in plain words. */
  readonly text: string;
  /** Why it matters, shown on demand. */
  readonly why?: string;
}

/** A section of a guidance topic: paragraphs, a list or steps, and do / don't lists. */
export interface GuidanceSection {
  /** Kebab-case, unique in its topic; the card's `section` attribute opens it. */
  readonly id: string;
  /** Its heading. */
  readonly title: string;
  /** Paragraphs before any list. */
  readonly body?: readonly string[];
  /** A list of points (`ordered` when they are steps). */
  readonly items?: readonly GuidanceItem[];
  /** `true`: `items` are steps, shown numbered. */
  readonly ordered?: boolean;
  /** Things to do, each worded as what to do ("Listen, and…"). */
  readonly do?: readonly GuidanceItem[];
  /**
   * Things not to do, each worded as what not to do ("Do not promise…"): the card shows them
   * under "Don't" with a ✗, but adds no word to them, so a screen reader hears the item as written.
   */
  readonly dont?: readonly GuidanceItem[];
}

/**
 * A guidance topic, e.g. victim-centred practice or the modern slavery statement. `Id`:
 * {@link TopicId} in the dataset.
 */
export interface GuidanceTopic<Id extends string = string> extends Provenance {
  /** Kebab-case, stable across releases; the card's `topic` attribute. */
  readonly id: Id;
  /** Its heading. */
  readonly title: string;
  /** One or two sentences on what it covers. */
  readonly summary: string;
  /** Its sections (at least one). */
  readonly sections: readonly GuidanceSection[];
  /** Further sources beyond `source`. */
  readonly credits?: readonly Source[];
}
