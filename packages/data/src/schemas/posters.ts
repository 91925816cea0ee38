// Awareness posters: a sign chosen for a sector's poster, a statement to a reader who may be
// exploited, and the two kinds of poster.
import * as z from 'zod/mini';
import { IdSchema, provenance, SourceSchema, text, type Provenance, type Source } from './common.js';

/** A sign on a public poster: see {@link PosterSign}. */
export const PosterSignSchema = z.object({
  indicator: IdSchema,
  why: text('why'),
});

/** A statement on the poster for a reader who may be exploited: see {@link PosterStatement}. */
export const PosterStatementSchema = z.object({
  text: text('text'),
  indicators: z.array(IdSchema).check(z.minLength(1, 'must name at least one sign it restates')),
});

/** A poster for the public and staff of a sector: see {@link PublicPoster}. */
export const PublicPosterSchema = z.object({
  id: IdSchema,
  audience: z.literal('public'),
  title: text('title'),
  intro: text('intro'),
  signs: z.array(PosterSignSchema).check(z.minLength(3, 'must show three to five signs'), z.maxLength(5, 'must show three to five signs')),
  proof: text('proof'),
  credits: z.optional(z.array(SourceSchema)),
  ...provenance,
});

/** A poster for a person who may be trafficked: see {@link AffectedPoster}. */
export const AffectedPosterSchema = z.object({
  id: IdSchema,
  audience: z.literal('affected'),
  title: text('title'),
  statements: z.array(PosterStatementSchema).check(z.minLength(3, 'must hold three to eight statements'), z.maxLength(8, 'must hold three to eight statements')),
  reassurance: z.array(text('line')).check(z.minLength(1, 'must reassure the reader')),
  action: text('action'),
  danger: text('danger'),
  nothingRecorded: text('nothingRecorded'),
  credits: z.optional(z.array(SourceSchema)),
  ...provenance,
});

/** An awareness poster, public or for a person affected. */
export const AwarenessPosterSchema = z.discriminatedUnion('audience', [PublicPosterSchema, AffectedPosterSchema]);

/** The posters, as `@ctkit/data/json/awareness-posters.json` holds them. */
export const AwarenessPosterListSchema = z.array(AwarenessPosterSchema);

// Types. Written out, not inferred, so that each field's documentation shows on hover;
// `records.test.ts` checks that each is exactly what its schema parses, read-only.

/** A sign on a public poster: an indicator of the dataset, and why this poster shows it. */
export interface PosterSign {
  /** The sign's id in `@ctkit/data/indicators` (its text is the indicator's, translated with it). */
  readonly indicator: string;
  /** Why it was chosen for this poster: seen in that setting, and named by the sources. */
  readonly why: string;
}

/** A statement to a reader who may be exploited, in the second person, and the signs it restates. */
export interface PosterStatement {
  /** In plain words, second person ("Someone keeps your passport or ID."); never "you are a victim". */
  readonly text: string;
  /** The ids of the indicators it restates (its sources are theirs). */
  readonly indicators: readonly string[];
}

/** A campaign poster for the public and the staff of a sector: the few signs that matter most there. */
export interface PublicPoster<Id extends string = string> extends Provenance {
  /** `general` or the sector's id (as in `@ctkit/data/indicators`). */
  readonly id: Id;
  /** Who it is for. */
  readonly audience: 'public';
  /** Its headline ("Could a guest or worker here need help?"). */
  readonly title: string;
  /** One sentence under the headline. */
  readonly intro: string;
  /** Three to five signs, chosen for the sector. */
  readonly signs: readonly PosterSign[];
  /** That a sign is a reason to ask, not proof. */
  readonly proof: string;
  /** Further sources beyond `source`. */
  readonly credits?: readonly Source[];
}

/** A poster for a person who may be trafficked: what may be happening to them, and that help is there. */
export interface AffectedPoster<Id extends string = string> extends Provenance {
  /** `affected`. */
  readonly id: Id;
  /** Who it is for. */
  readonly audience: 'affected';
  /** Its headline, a question in the second person. */
  readonly title: string;
  /** Three to eight statements ("You owe money that you cannot pay back."). */
  readonly statements: readonly PosterStatement[];
  /** That the reader is not alone and help is there, each line true of the helpline's record. */
  readonly reassurance: readonly string[];
  /** The line before the helpline's number. */
  readonly action: string;
  /** The 999 line. */
  readonly danger: string;
  /** On screen: that the poster records nothing, and what the browser may still keep. */
  readonly nothingRecorded: string;
  /** Further sources beyond `source`. */
  readonly credits?: readonly Source[];
}

/** An awareness poster. */
export type AwarenessPoster<Id extends string = string> = PublicPoster<Id> | AffectedPoster<Id>;
