// Building blocks every record's schema uses: safe text, ids, dates, https links, phone numbers
// and where a fact came from.
import * as z from 'zod/mini';

/**
 * Characters that change the order text is shown in (bidi embeddings, overrides, isolates and
 * marks) or that take up no space (zero-width space, word joiner, invisible operators, byte
 * order mark). Either can make a number read differently from what it is: U+202E shows
 * `0800 121 700` as `007 121 0080`, and a right-to-left mark between digit groups swaps them.
 */
export const hidden = '\\u061C\\u200B\\u200E\\u200F\\u202A-\\u202E\\u2060-\\u2064\\u2066-\\u2069\\uFEFF';

/**
 * Text a reader sees refuses the `hidden` characters. It allows the zero-width
 * non-joiner and joiner (U+200C, U+200D): Persian, Kurdish and Indic scripts need them to be
 * spelled right, and they reorder nothing. A phone's `display` refuses those too.
 */
const visible = new RegExp(`^[^${hidden}]*$`);

/** Text a reader sees: not empty, and none of the `hidden` characters (`what` names it in the messages). */
export const text = (what: string) =>
  z.string().check(
    z.minLength(1, `${what} must not be empty`),
    z.regex(visible, `${what} must not contain invisible or direction-changing characters (such as U+202E or U+200B)`),
  );

/** A stable, kebab-case id that integrators can refer to across releases. */
export const IdSchema = z.string().check(
  z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a kebab-case id such as "modern-slavery-helpline"'),
);

/** A calendar date, `YYYY-MM-DD`. */
export const IsoDateSchema = z.string().check(
  z.regex(/^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/, 'must be an ISO date (YYYY-MM-DD)'),
);

/**
 * An `https:` address. Anything else (`http:`, `javascript:`, `data:`, a relative path) is
 * rejected, so a link built from data can never run script or leave TLS. A port, when given,
 * is 1 to 65535 with no leading zero.
 */
export const HttpsUrlSchema = z.string().check(
  z.regex(
    /^https:\/\/[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+(?::(?:[1-9]\d{0,3}|[1-5]\d{4}|6[0-4]\d{3}|65[0-4]\d{2}|655[0-2]\d|6553[0-5]))?(?:[/?#][^\s<>"]*)?$/,
    'must be an https: address',
  ),
);

/**
 * UK numbers that are not E.164 but may be dialled: emergency and service short codes, the
 * Relay UK textphone prefixes (18000 for emergencies; 18001 before 101, 111 or a UK national
 * number), and British Transport Police's text line.
 */
export const ukShortCodes = ['999', '112', '101', '111', '18000', '61016'] as const;

/**
 * A dialable number: E.164 (`+448000121700`), one of {@link ukShortCodes}, or Relay UK's
 * 18001 prefix before 101, 111 or a UK national number. `tel:` links are built from this,
 * never from the display text.
 */
export const PhoneNumberSchema = z.string().check(
  z.regex(
    /^(?:\+[1-9]\d{6,14}|999|112|101|111|18000|61016|18001(?:101|111|0\d{9,10}))$/,
    'must be an E.164 number such as +448000121700, or a UK short code such as 999',
  ),
);

/** Where a record or a fact came from: see {@link Source}. */
export const SourceSchema = z.object({
  title: text('title'),
  url: HttpsUrlSchema,
  licence: z.optional(text('licence')),
});

/** Facts every record carries about its own provenance: see {@link Provenance}. */
export const provenance = {
  source: SourceSchema,
  verifiedOn: IsoDateSchema,
};

// Types. Written out, not inferred, so that each field's documentation shows on hover in an
// editor; `schemas.test.ts` checks that each is exactly what its schema parses (read-only).

/** Where a record or a fact came from. */
export interface Source {
  /** Title of the page or document. */
  readonly title: string;
  /** Its address (https only). */
  readonly url: string;
  /** Licence the content is reused under, when it is not our own words (e.g. `OGL-3.0`). */
  readonly licence?: string;
}

/** Facts every record carries about its own provenance. */
export interface Provenance {
  /** Where the record's facts come from. */
  readonly source: Source;
  /** When the facts were last checked against `source` (`YYYY-MM-DD`). */
  readonly verifiedOn: string;
}
