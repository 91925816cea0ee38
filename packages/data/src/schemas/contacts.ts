// Contacts: a phone line, email, website, opening hours and the contact itself.
import * as z from 'zod/mini';
import { hidden, HttpsUrlSchema, IdSchema, PhoneNumberSchema, provenance, SourceSchema, text } from './common.js';

/** A phone line of a contact. */
export const PhoneSchema = z.object({
  /** E.164, a UK short code or a Relay UK number; the `tel:` link is built from it. */
  number: PhoneNumberSchema,
  /**
   * The number as people write it, e.g. `08000 121 700` or `+44 8000 121 700`. It must show
   * the digits of `number` (national or international form; checked by
   * `@ctkit/data/validate`), and may hold no invisible or direction-changing character at all,
   * not even a zero-width joiner, so what a reader dials is what the link calls.
   */
  display: z.string().check(
    z.minLength(1, 'display must not be empty'),
    z.regex(
      new RegExp(`^[^${hidden}\\u200C\\u200D]*$`),
      'display must not contain invisible or direction-changing characters (such as U+202E or U+200B)',
    ),
  ),
  /** What the line is for, when a contact has more than one (e.g. "Textphone"). */
  label: z.optional(text('label')),
  /** Something a caller must know before using the line (e.g. register first). */
  note: z.optional(text('note')),
  /**
   * `true`: free to call from UK landlines and mobiles; `false`: the caller may be charged;
   * absent: no source states the cost.
   */
  freephone: z.optional(z.boolean()),
  /** Takes text messages only (no voice calls). */
  textOnly: z.optional(z.boolean()),
  /** A textphone or Relay UK line, for Deaf, hard of hearing or speech-impaired people. */
  textphone: z.optional(z.boolean()),
});

/** An email address of a contact. */
export const EmailSchema = z.object({
  // No ?, & or , in the local part: they could add headers to a mailto: link.
  address: z.string().check(
    z.regex(/^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+$/, 'must be an email address'),
  ),
  label: z.optional(text('label')),
});

/** A website of a contact (https only). */
export const WebsiteSchema = z.object({
  url: HttpsUrlSchema,
  /** Link text, e.g. "Report online". */
  label: text('label'),
});

const TimeSchema = z.string().check(z.regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/, 'must be a 24-hour time (HH:MM)'));

/** Days of the week, ISO order. */
export const WeekdaySchema = z.enum(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']);

/**
 * When a contact can be reached: always, weekly opening hours in an IANA time zone, or
 * `unknown` when no source states the hours.
 */
export const AvailabilitySchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('always') }),
  z.object({ type: z.literal('unknown') }),
  z.object({
    type: z.literal('weekly'),
    /**
     * `false`: the hours rest on an older or indirect source and are not confirmed. They are
     * shown with a caution, and no component says whether the line is open or closed now.
     * Absent or `true`: confirmed.
     */
    confirmed: z.optional(z.boolean()),
    /** IANA time zone the hours are given in, e.g. `Europe/London`. */
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

/** Kinds of contact, in the order a directory shows them. */
export const ContactCategorySchema = z.enum(['emergency', 'report', 'advice', 'support', 'internal']);

/** UK nations a contact serves (ISO 3166-2 codes). */
export const JurisdictionSchema = z.enum(['GB-ENG', 'GB-WLS', 'GB-SCT', 'GB-NIR']);

/** Who a contact is for. */
export const AudienceSchema = z.enum(['public', 'victims', 'professionals', 'workers', 'employers', 'children']);

/**
 * How sure we are of a record. Absent means every fact was confirmed from the source;
 * `unverified` means a fact rests on one older or indirect source (say which in
 * `confidenceNote`): check it before relying on it.
 */
export const ConfidenceSchema = z.enum(['confirmed', 'unverified']);

const BcpLanguageSchema = z.string().check(z.regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'must be a BCP 47 language tag'));

/** Someone to contact: an emergency service, a helpline, an advice line or an internal lead. */
export const ContactSchema = z.object({
  id: IdSchema,
  name: text('name'),
  organisation: z.optional(text('organisation')),
  /** Names the contact was known by, so people who know the old name find it. */
  formerNames: z.optional(z.array(text('former name'))),
  category: ContactCategorySchema,
  /** One or two plain sentences on what the contact does for the caller. */
  summary: text('summary'),
  phones: z.array(PhoneSchema),
  emails: z.array(EmailSchema),
  websites: z.array(WebsiteSchema),
  availability: AvailabilitySchema,
  /** BCP 47 tags of languages spoken without an interpreter. */
  languages: z.array(BcpLanguageSchema),
  /** `true`: interpreters are offered; `false`: they are not; absent: no source says. */
  interpreters: z.optional(z.boolean()),
  /** `true`: the contact says it treats what you tell it in confidence; absent: no source says. */
  confidential: z.optional(z.boolean()),
  /** `true`: callers may stay anonymous; `false`: they may not; absent: no source says. */
  anonymous: z.optional(z.boolean()),
  jurisdictions: z.array(JurisdictionSchema).check(z.minLength(1, 'must name at least one nation')),
  audiences: z.array(AudienceSchema),
  confidence: z.optional(ConfidenceSchema),
  /**
   * What is not confirmed, in plain words; required when `confidence` is `unverified`. Every
   * component that shows the contact's number, link or email shows this beside it.
   */
  confidenceNote: z.optional(text('confidence note')),
  ...provenance,
  /** Further sources beyond `source`, each for the facts it confirms. */
  credits: z.optional(z.array(SourceSchema)),
});

/** A list of contacts, as `@ctkit/data/json/contacts.json` holds them. */
export const ContactListSchema = z.array(ContactSchema);

// Types

/** A contact, as parsed by {@link ContactSchema}. */
export type Contact = z.infer<typeof ContactSchema>;
export type Phone = z.infer<typeof PhoneSchema>;
export type Email = z.infer<typeof EmailSchema>;
export type Website = z.infer<typeof WebsiteSchema>;
export type Availability = z.infer<typeof AvailabilitySchema>;
export type Weekday = z.infer<typeof WeekdaySchema>;
export type ContactCategory = z.infer<typeof ContactCategorySchema>;
export type Jurisdiction = z.infer<typeof JurisdictionSchema>;
export type Audience = z.infer<typeof AudienceSchema>;
export type Confidence = z.infer<typeof ConfidenceSchema>;
