// Guidance topics: an item, a section and the topic.
import * as z from 'zod/mini';
import { IdSchema, provenance, SourceSchema, text } from './common.js';

/** A point of guidance, with the reason for it. */
export const GuidanceItemSchema = z.object({
  text: text('text'),
  /** Why it matters, shown on demand. */
  why: z.optional(text('why')),
});

/** A section of a guidance topic: paragraphs, a list or steps, and do / don't lists. */
export const GuidanceSectionSchema = z.object({
  id: IdSchema,
  title: text('title'),
  /** Paragraphs before any list. */
  body: z.optional(z.array(text('paragraph'))),
  /** A list of points (`ordered` when they are steps). */
  items: z.optional(z.array(GuidanceItemSchema)),
  ordered: z.optional(z.boolean()),
  /** Things to do, each worded as what to do ("Listen, and…"). */
  do: z.optional(z.array(GuidanceItemSchema)),
  /**
   * Things not to do, each worded as what not to do ("Do not promise…"): the card shows them
   * under "Don't" with a ✗, but adds no word to them, so a screen reader hears the item as written.
   */
  dont: z.optional(z.array(GuidanceItemSchema)),
});

/** A guidance topic, e.g. victim-centred practice or the modern slavery statement. */
export const GuidanceTopicSchema = z.object({
  id: IdSchema,
  title: text('title'),
  summary: text('summary'),
  sections: z.array(GuidanceSectionSchema).check(z.minLength(1, 'must hold at least one section')),
  /** Further sources beyond `source`. */
  credits: z.optional(z.array(SourceSchema)),
  ...provenance,
});

/** The guidance topics, as `@ctkit/data/json/guidance.json` holds them. */
export const GuidanceListSchema = z.array(GuidanceTopicSchema);

// Types

export type GuidanceItem = z.infer<typeof GuidanceItemSchema>;
export type GuidanceSection = z.infer<typeof GuidanceSectionSchema>;
export type GuidanceTopic = z.infer<typeof GuidanceTopicSchema>;
