// Contacts: a phone line, email, website, opening hours and the contact itself.
import * as z from 'zod/mini';
import { hidden, HttpsUrlSchema, IdSchema, PhoneNumberSchema, provenance, SourceSchema, text, type Provenance, type Source } from './common.js';

/** A phone line of a contact: see {@link Phone}. */
export const PhoneSchema = z.object({
  number: PhoneNumberSchema,
  // No invisible or direction-changing character at all, not even a zero-width joiner.
  display: z.string().check(
    z.minLength(1, 'display must not be empty'),
    z.regex(
      new RegExp(`^[^${hidden}\\u200C\\u200D]*$`),
      'display must not contain invisible or direction-changing characters (such as U+202E or U+200B)',
    ),
  ),
  label: z.optional(text('label')),
  note: z.optional(text('note')),
  freephone: z.optional(z.boolean()),
  textOnly: z.optional(z.boolean()),
  textphone: z.optional(z.boolean()),
});

/** An email address of a contact: see {@link Email}. */
export const EmailSchema = z.object({
  // No ?, & or , in the local part: they could add headers to a mailto: link.
  address: z.string().check(
    z.regex(/^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+$/, 'must be an email address'),
  ),
  label: z.optional(text('label')),
});

/** A website of a contact (https only): see {@link Website}. */
export const WebsiteSchema = z.object({
  url: HttpsUrlSchema,
  label: text('label'),
});

const TimeSchema = z.string().check(z.regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/, 'must be a 24-hour time (HH:MM)'));

/** Days of the week, ISO order: see {@link Weekday}. */
export const WeekdaySchema = z.enum(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']);

/** When a contact can be reached: see {@link Availability}. */
export const AvailabilitySchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('always') }),
  z.object({ type: z.literal('unknown') }),
  z.object({
    type: z.literal('weekly'),
    confirmed: z.optional(z.boolean()),
    timeZone: z.string().check(
      z.regex(/^[A-Za-z]+(?:\/[A-Za-z0-9_+-]+)+$/, 'must be an IANA time zone such as Europe/London'),
    ),
    hours: z
      .array(
        z.object({
          days: z.array(WeekdaySchema).check(z.minLength(1, 'must name at least one day')),
          opens: TimeSchema,
          closes: TimeSchema,
        }),
      )
      .check(z.minLength(1, 'must give at least one opening period')),
  }),
]);

/** Kinds of contact: see {@link ContactCategory}. */
export const ContactCategorySchema = z.enum(['emergency', 'report', 'advice', 'support', 'internal']);

/** UK nations: see {@link Jurisdiction}. */
export const JurisdictionSchema = z.enum(['GB-ENG', 'GB-WLS', 'GB-SCT', 'GB-NIR']);

/** Who a contact is for: see {@link Audience}. */
export const AudienceSchema = z.enum(['public', 'victims', 'professionals', 'workers', 'employers', 'children']);

/** How sure we are of a record: see {@link Confidence}. */
export const ConfidenceSchema = z.enum(['confirmed', 'unverified']);

const BcpLanguageSchema = z.string().check(z.regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'must be a BCP 47 language tag'));

/** Someone to contact: see {@link Contact}. */
export const ContactSchema = z.object({
  id: IdSchema,
  name: text('name'),
  organisation: z.optional(text('organisation')),
  formerNames: z.optional(z.array(text('former name'))),
  category: ContactCategorySchema,
  summary: text('summary'),
  phones: z.array(PhoneSchema),
  emails: z.array(EmailSchema),
  websites: z.array(WebsiteSchema),
  availability: AvailabilitySchema,
  languages: z.array(BcpLanguageSchema),
  lang: z.optional(BcpLanguageSchema),
  interpreters: z.optional(z.boolean()),
  confidential: z.optional(z.boolean()),
  anonymous: z.optional(z.boolean()),
  jurisdictions: z.array(JurisdictionSchema).check(z.minLength(1, 'must name at least one nation')),
  audiences: z.array(AudienceSchema),
  confidence: z.optional(ConfidenceSchema),
  confidenceNote: z.optional(text('confidence note')),
  ...provenance,
  credits: z.optional(z.array(SourceSchema)),
});

/** A list of contacts, as `@ctkit/data/json/contacts.json` holds them. */
export const ContactListSchema = z.array(ContactSchema);

// Types. Written out, not inferred, so that each field's documentation shows on hover;
// `schemas.test.ts` checks that each is exactly what its schema parses, read-only.

/** A phone line of a contact. */
export interface Phone {
  /**
   * E.164 (`+448000121700`), a UK short code (`999`) or a Relay UK number
   * (`18001` + a number); the `tel:` link is built from it, never from `display`.
   */
  readonly number: string;
  /**
   * The number as people write it, e.g. `08000 121 700` or `+44 8000 121 700`. It must show
   * the digits of `number` (national or international form; checked by
   * `@ctkit/data/validate`), and may hold no invisible or direction-changing character at all,
   * not even a zero-width joiner, so what a reader dials is what the link calls.
   */
  readonly display: string;
  /** What the line is for, when a contact has more than one (e.g. "Textphone"). */
  readonly label?: string;
  /** Something a caller must know before using the line (e.g. register first). */
  readonly note?: string;
  /**
   * `true`: free to call from UK landlines and mobiles; `false`: the caller may be charged;
   * absent: no source states the cost.
   */
  readonly freephone?: boolean;
  /** Takes text messages only (no voice calls). */
  readonly textOnly?: boolean;
  /** A textphone or Relay UK line, for Deaf, hard of hearing or speech-impaired people. */
  readonly textphone?: boolean;
}

/** An email address of a contact. */
export interface Email {
  /** The address; no `?`, `&` or `,`, which could add headers to a `mailto:` link. */
  readonly address: string;
  /** What the address is for, when a contact has more than one. */
  readonly label?: string;
}

/** A website of a contact. */
export interface Website {
  /** Its address (https only). */
  readonly url: string;
  /** Link text, e.g. "Report online". */
  readonly label: string;
}

/** A day of the week (ISO order). */
export type Weekday = z.infer<typeof WeekdaySchema>;

/** Days and times a contact is open, in the time zone of its {@link WeeklyAvailability}. */
export interface OpeningPeriod {
  /** The days this period applies to. */
  readonly days: readonly Weekday[];
  /** Opening time, 24-hour `HH:MM`. */
  readonly opens: string;
  /** Closing time, 24-hour `HH:MM`, after `opens`. */
  readonly closes: string;
}

/** Weekly opening hours. */
export interface WeeklyAvailability {
  /** Weekly opening hours in {@link WeeklyAvailability.timeZone}. */
  readonly type: 'weekly';
  /**
   * `false`: the hours rest on an older or indirect source and are not confirmed. They are
   * shown with a caution, and no component says whether the line is open or closed now.
   * Absent or `true`: confirmed.
   */
  readonly confirmed?: boolean;
  /** IANA time zone the hours are given in, e.g. `Europe/London`. */
  readonly timeZone: string;
  /** One or more opening periods. */
  readonly hours: readonly OpeningPeriod[];
}

/**
 * When a contact can be reached: `always` (day and night, every day), weekly opening hours,
 * or `unknown` when no source states the hours.
 */
export type Availability =
  | {
      /** Day and night, every day of the year. */
      readonly type: 'always';
    }
  | {
      /** No source states the hours: components say so, and never "open now". */
      readonly type: 'unknown';
    }
  | WeeklyAvailability;

/** Kinds of contact, in the order a directory shows them. */
export type ContactCategory = z.infer<typeof ContactCategorySchema>;

/** UK nations a contact serves (ISO 3166-2 codes). */
export type Jurisdiction = z.infer<typeof JurisdictionSchema>;

/** Who a contact is for. */
export type Audience = z.infer<typeof AudienceSchema>;

/**
 * How sure we are of a record. Absent means every fact was confirmed from the source;
 * `unverified` means a fact rests on one older or indirect source (say which in
 * `confidenceNote`): check it before relying on it.
 */
export type Confidence = z.infer<typeof ConfidenceSchema>;

/**
 * Someone to contact: an emergency service, a helpline, an advice line or an internal lead.
 * `Id` is the type of its id: {@link ContactId} for the dataset's contacts, any kebab-case
 * string for your own.
 */
export interface Contact<Id extends string = string> extends Provenance {
  /** Kebab-case, stable across releases: what elements and flows refer to the contact by. */
  readonly id: Id;
  /** The name a caller knows it by, e.g. "Modern Slavery & Exploitation Helpline". */
  readonly name: string;
  /** The organisation that runs it, when that is not its name. */
  readonly organisation?: string;
  /** Names the contact was known by, so people who know the old name find it. */
  readonly formerNames?: readonly string[];
  /** What kind of contact it is: a directory groups and orders contacts by it. */
  readonly category: ContactCategory;
  /** One or two plain sentences on what the contact does for the caller. */
  readonly summary: string;
  /** Its phone lines, the main one first. */
  readonly phones: readonly Phone[];
  /** Its email addresses. */
  readonly emails: readonly Email[];
  /** Its websites (https only). */
  readonly websites: readonly Website[];
  /** When it can be reached. */
  readonly availability: Availability;
  /** BCP 47 tags of languages spoken without an interpreter. */
  readonly languages: readonly string[];
  /**
   * The language this record's text is written in (BCP 47, e.g. `cy`), for your own contacts:
   * shown as written and marked with it (not as untranslated English). Absent: English, the
   * dataset's language, translated where a locale has it.
   */
  readonly lang?: string;
  /** `true`: interpreters are offered; `false`: they are not; absent: no source says. */
  readonly interpreters?: boolean;
  /** `true`: the contact says it treats what you tell it in confidence; absent: no source says. */
  readonly confidential?: boolean;
  /** `true`: callers may stay anonymous; `false`: they may not; absent: no source says. */
  readonly anonymous?: boolean;
  /** The UK nations it serves (at least one). */
  readonly jurisdictions: readonly Jurisdiction[];
  /** Who it is for. */
  readonly audiences: readonly Audience[];
  /** How sure we are of its facts; absent: confirmed. */
  readonly confidence?: Confidence;
  /**
   * What is not confirmed, in plain words; required when `confidence` is `unverified`. Every
   * component that shows the contact's number, link or email shows this beside it.
   */
  readonly confidenceNote?: string;
  /** Further sources beyond `source`, each for the facts it confirms. */
  readonly credits?: readonly Source[];
}
