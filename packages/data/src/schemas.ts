/**
 * zod 4 schemas for the ctkit dataset, written with `zod/mini` so that browser code that
 * validates integrators' data stays small. Every safety rule (https links only, E.164 or
 * national short-code numbers, kebab-case ids, ISO dates) is a pattern or an enum, so it
 * survives the conversion to JSON Schema (`z.toJSONSchema` drops `.refine` checks).
 *
 * @module
 */
import * as z from 'zod/mini';

/** A stable, kebab-case id that integrators can refer to across releases. */
export const IdSchema = z.string().check(
  z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a kebab-case id such as "modern-slavery-helpline"'),
);

const NonEmptyText = z.string().check(z.minLength(1, 'must not be empty'));

/** A calendar date, `YYYY-MM-DD`. */
export const IsoDateSchema = z.string().check(
  z.regex(/^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/, 'must be an ISO date (YYYY-MM-DD)'),
);

/**
 * An `https:` address. Anything else (`http:`, `javascript:`, `data:`, a relative path) is
 * rejected, so a link built from data can never run script or leave TLS.
 */
export const HttpsUrlSchema = z.string().check(
  z.regex(
    /^https:\/\/[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+(?::\d{1,5})?(?:[/?#][^\s<>"]*)?$/,
    'must be an https: address',
  ),
);

/**
 * A dialable number: E.164 (`+448000121700`) or a national short code (`999`, `111`, `101`,
 * `61016`). `tel:` links are built from this, never from the display text.
 */
export const PhoneNumberSchema = z.string().check(
  z.regex(/^(?:\+[1-9]\d{6,14}|[0-9]{3,6})$/, 'must be an E.164 number such as +448000121700, or a short code such as 999'),
);

/** Where a record came from. */
export const SourceSchema = z.object({
  /** Title of the page or document. */
  title: NonEmptyText,
  /** Its address (https only). */
  url: HttpsUrlSchema,
});

/** A phone line of a contact. */
export const PhoneSchema = z.object({
  /** E.164 or a national short code; the `tel:` link is built from it. */
  number: PhoneNumberSchema,
  /** The number as people write it, e.g. `08000 121 700`. */
  display: NonEmptyText,
  /** What the line is for, when a contact has more than one. */
  label: z.optional(NonEmptyText),
  /** Free to call from UK landlines and mobiles. */
  freephone: z.optional(z.boolean()),
  /** Takes text messages only (no voice calls). */
  textOnly: z.optional(z.boolean()),
});

/** An email address of a contact. */
export const EmailSchema = z.object({
  address: z.string().check(
    // No ?, & or , in the local part: they could add headers to a mailto: link.
    z.regex(/^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+$/, 'must be an email address'),
  ),
  label: z.optional(NonEmptyText),
});

/** A website of a contact (https only). */
export const WebsiteSchema = z.object({
  url: HttpsUrlSchema,
  /** Link text, e.g. "Report online". */
  label: NonEmptyText,
});

const Time = z.string().check(z.regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/, 'must be a 24-hour time (HH:MM)'));

/** Days of the week, ISO order. */
export const WeekdaySchema = z.enum(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']);

/** When a contact can be reached: always, or weekly opening hours in an IANA time zone. */
export const AvailabilitySchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('always') }),
  z.object({
    type: z.literal('weekly'),
    /** IANA time zone the hours are given in, e.g. `Europe/London`. */
    timeZone: z.string().check(z.regex(/^[A-Za-z]+(?:\/[A-Za-z0-9_+-]+)+$/, 'must be an IANA time zone such as Europe/London')),
    hours: z.array(
      z.object({
        days: z.array(WeekdaySchema).check(z.minLength(1)),
        opens: Time,
        closes: Time,
      }),
    ),
  }),
]);

/** Kinds of contact, in the order a directory shows them. */
export const ContactCategorySchema = z.enum(['emergency', 'report', 'advice', 'support', 'internal']);

/** UK nations a contact serves (ISO 3166-2 codes). */
export const JurisdictionSchema = z.enum(['GB-ENG', 'GB-WLS', 'GB-SCT', 'GB-NIR']);

/** Who a contact is for. */
export const AudienceSchema = z.enum(['public', 'victims', 'professionals', 'workers', 'employers', 'children']);

/**
 * How sure we are of a record. Absent means every fact was confirmed from the source.
 * `unverified` means a fact rests on a single, older or indirect source: check it before
 * relying on it (see the package README).
 */
export const ConfidenceSchema = z.enum(['confirmed', 'unverified']);

/** Someone to contact: an emergency service, a helpline, an advice line or an internal lead. */
export const ContactSchema = z.object({
  id: IdSchema,
  name: NonEmptyText,
  organisation: z.optional(NonEmptyText),
  category: ContactCategorySchema,
  /** One or two plain sentences on what the contact does for the caller. */
  summary: NonEmptyText,
  phones: z.array(PhoneSchema),
  emails: z.array(EmailSchema),
  websites: z.array(WebsiteSchema),
  availability: AvailabilitySchema,
  /** BCP 47 tags of languages spoken without an interpreter. */
  languages: z.array(z.string().check(z.regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'must be a BCP 47 language tag'))),
  /** Interpreters are offered. */
  interpreters: z.boolean(),
  confidential: z.boolean(),
  /** Callers may stay anonymous. */
  anonymous: z.boolean(),
  jurisdictions: z.array(JurisdictionSchema).check(z.minLength(1)),
  audiences: z.array(AudienceSchema),
  confidence: z.optional(ConfidenceSchema),
  /** Why a record is `unverified`, in plain words. */
  confidenceNote: z.optional(NonEmptyText),
  source: SourceSchema,
  /** When the facts were last checked against `source`. */
  verifiedOn: IsoDateSchema,
});

/** A contact, as parsed by {@link ContactSchema}. */
export type Contact = z.infer<typeof ContactSchema>;
export type Phone = z.infer<typeof PhoneSchema>;
export type Email = z.infer<typeof EmailSchema>;
export type Website = z.infer<typeof WebsiteSchema>;
export type Availability = z.infer<typeof AvailabilitySchema>;
export type ContactCategory = z.infer<typeof ContactCategorySchema>;
export type Jurisdiction = z.infer<typeof JurisdictionSchema>;
export type Audience = z.infer<typeof AudienceSchema>;
export type Source = z.infer<typeof SourceSchema>;
export type Weekday = z.infer<typeof WeekdaySchema>;
