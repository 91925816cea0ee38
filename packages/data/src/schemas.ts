/**
 * `@ctkit/data/schemas`: zod 4 schemas for every record in the dataset, and the TypeScript
 * types inferred from them. Written with `zod/mini` so that browser code that validates an
 * integrator's data stays small.
 *
 * Every safety rule that can be (https links only, E.164 / listed short-code numbers,
 * kebab-case ids, ISO dates, no invisible or direction-changing characters in text, the size
 * of a referral flow) is a pattern, an enum or a length, so it survives the conversion to JSON
 * Schema (`z.toJSONSchema` drops refinements). Rules across fields and records (unique ids,
 * references that resolve, a phone's display showing its number, a flow graph with no dead
 * ends and no path too long to follow) are checked by `@ctkit/data/validate`.
 *
 * @module
 */
import * as z from 'zod/mini';

/**
 * Characters that change the order text is shown in (bidi embeddings, overrides, isolates and
 * marks) or that take up no space (zero-width space, word joiner, invisible operators, byte
 * order mark). Either can make a number read differently from what it is: U+202E shows
 * `0800 121 700` as `007 121 0080`, and a right-to-left mark between digit groups swaps them.
 */
const hidden = '\\u061C\\u200B\\u200E\\u200F\\u202A-\\u202E\\u2060-\\u2064\\u2066-\\u2069\\uFEFF';

/**
 * Text a reader sees refuses the `hidden` characters. It allows the zero-width
 * non-joiner and joiner (U+200C, U+200D): Persian, Kurdish and Indic scripts need them to be
 * spelled right, and they reorder nothing. A phone's `display` refuses those too.
 */
const visible = new RegExp(`^[^${hidden}]*$`);

const text = (what: string) =>
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

/** Where a record or a fact came from. */
export const SourceSchema = z.object({
  /** Title of the page or document. */
  title: text('title'),
  /** Its address (https only). */
  url: HttpsUrlSchema,
  /** Licence the content is reused under, when it is not our own words (e.g. `OGL-3.0`). */
  licence: z.optional(text('licence')),
});

/** Facts every record carries about its own provenance. */
const provenance = {
  source: SourceSchema,
  /** When the facts were last checked against `source`. */
  verifiedOn: IsoDateSchema,
};

// ---------------------------------------------------------------------------------------------
// Contacts

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

// ---------------------------------------------------------------------------------------------
// Indicators

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

// ---------------------------------------------------------------------------------------------
// Guidance

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

// ---------------------------------------------------------------------------------------------
// Referral flow

/**
 * The most a referral flow may hold, so that a reader can follow it and a renderer can draw
 * it (the diagram view nests a question's answers inside it):
 *
 * - `nodes`: at most 200 nodes (schema: `maxItems`);
 * - `answers`: at most 50 answers to one question (schema: `maxItems`);
 * - `depth`: at most 100 steps on the longest way from the start, counting the start and the
 *   last step, following `next` and answers without going back to a step already on the way
 *   (checked by `parseReferralFlow`).
 */
export const flowLimits = Object.freeze({ nodes: 200, answers: 50, depth: 100 } as const);

const count = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
const tooMany = (what: string, limit: number) =>
  z.maxLength(limit, {
    error: (issue) => {
      const given = Array.isArray(issue.input) ? `has ${count(issue.input.length)} ${what}s` : 'has too many';
      return `${given}; ${what === 'node' ? 'a flow' : 'a question'} may have at most ${count(limit)}`;
    },
  });

/** An answer to a question: an edge of the flow, named by its label. */
export const FlowAnswerSchema = z.object({
  label: text('label'),
  /** Id of the node this answer leads to. */
  next: IdSchema,
});

/** A question with its answers. */
export const FlowQuestionSchema = z.object({
  type: z.literal('question'),
  id: IdSchema,
  text: text('text'),
  /** Help for answering, e.g. who counts as a First Responder. */
  help: z.optional(text('help')),
  /**
   * What in this step is not confirmed, in plain words (for example a duty whose transfer to
   * a new body no source confirms). Shown as a caution wherever the step is shown.
   */
  caution: z.optional(text('caution')),
  /** Two to {@link flowLimits}`.answers` (50). */
  answers: z
    .array(FlowAnswerSchema)
    .check(z.minLength(2, 'a question needs at least two answers'), tooMany('answer', flowLimits.answers)),
});

/** Something to know before going on. */
export const FlowInfoSchema = z.object({
  type: z.literal('info'),
  id: IdSchema,
  title: text('title'),
  text: text('text'),
  /**
   * What in this step is not confirmed, in plain words (for example a duty whose transfer to
   * a new body no source confirms). Shown as a caution wherever the step is shown.
   */
  caution: z.optional(text('caution')),
  next: IdSchema,
});

/** Something to do, with whom to contact and why. Every end of a flow is an action. */
export const FlowActionSchema = z.object({
  type: z.literal('action'),
  id: IdSchema,
  title: text('title'),
  /** What to do, step by step. */
  steps: z.array(text('step')).check(z.minLength(1, 'an action needs at least one step')),
  /** Why this is the right thing to do. */
  why: text('why'),
  /** Ids of the contacts to use (from `@ctkit/data/contacts` or your own). */
  contacts: z.array(IdSchema),
  /** A further page with the detail (https). */
  link: z.optional(z.object({ url: HttpsUrlSchema, label: text('label') })),
  /** Where to go after this action, when it is not the end. */
  next: z.optional(IdSchema),
  /**
   * What in this step is not confirmed, in plain words (for example a duty whose transfer to
   * a new body no source confirms). Shown as a caution wherever the step is shown.
   */
  caution: z.optional(text('caution')),
});

export const FlowNodeSchema = z.discriminatedUnion('type', [FlowQuestionSchema, FlowInfoSchema, FlowActionSchema]);

/** A referral decision flow: a graph of question, information and action nodes. */
export const ReferralFlowSchema = z.object({
  id: IdSchema,
  title: text('title'),
  summary: text('summary'),
  jurisdictions: z.array(JurisdictionSchema).check(z.minLength(1, 'must name at least one nation')),
  /** Id of the first node. */
  start: IdSchema,
  /** One to {@link flowLimits}`.nodes` (200). */
  nodes: z.array(FlowNodeSchema).check(z.minLength(1, 'must hold at least one node'), tooMany('node', flowLimits.nodes)),
  ...provenance,
});

/** The referral flows, as `@ctkit/data/json/referral-flows.json` holds them. */
export const ReferralFlowListSchema = z.array(ReferralFlowSchema);

// ---------------------------------------------------------------------------------------------
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
export type Source = z.infer<typeof SourceSchema>;

export type Indicator = z.infer<typeof IndicatorSchema>;
export type IndicatorCategory = z.infer<typeof IndicatorCategorySchema>;
export type IndicatorSet = z.infer<typeof IndicatorSetSchema>;
export type Credit = z.infer<typeof CreditSchema>;
export type Sector = z.infer<typeof SectorSchema>;

export type GuidanceItem = z.infer<typeof GuidanceItemSchema>;
export type GuidanceSection = z.infer<typeof GuidanceSectionSchema>;
export type GuidanceTopic = z.infer<typeof GuidanceTopicSchema>;

export type FlowAnswer = z.infer<typeof FlowAnswerSchema>;
export type FlowQuestion = z.infer<typeof FlowQuestionSchema>;
export type FlowInfo = z.infer<typeof FlowInfoSchema>;
export type FlowAction = z.infer<typeof FlowActionSchema>;
export type FlowNode = z.infer<typeof FlowNodeSchema>;
export type ReferralFlow = z.infer<typeof ReferralFlowSchema>;
