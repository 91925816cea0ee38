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
// The schemas are written by subject in `./schemas/`; this module is the public entry and names
// everything it exports (not the helpers the subjects share).
export {
  IdSchema,
  IsoDateSchema,
  HttpsUrlSchema,
  ukShortCodes,
  PhoneNumberSchema,
  SourceSchema,
} from './schemas/common.js';
export type { Source, Provenance } from './schemas/common.js';
export {
  PhoneSchema,
  EmailSchema,
  WebsiteSchema,
  WeekdaySchema,
  AvailabilitySchema,
  ContactCategorySchema,
  JurisdictionSchema,
  AudienceSchema,
  ConfidenceSchema,
  ContactSchema,
  ContactListSchema,
} from './schemas/contacts.js';
export type {
  Contact,
  Phone,
  Email,
  Website,
  Availability,
  WeeklyAvailability,
  OpeningPeriod,
  Weekday,
  ContactCategory,
  Jurisdiction,
  Audience,
  Confidence,
} from './schemas/contacts.js';
export {
  SectorIdSchema,
  IndicatorSchema,
  IndicatorCategorySchema,
  CreditSchema,
  IndicatorSetSchema,
  IndicatorSetListSchema,
  SectorSchema,
} from './schemas/indicators.js';
export type {
  Indicator,
  IndicatorCategory,
  IndicatorSet,
  Credit,
  Sector,
} from './schemas/indicators.js';
export {
  GuidanceItemSchema,
  GuidanceSectionSchema,
  GuidanceTopicSchema,
  GuidanceListSchema,
} from './schemas/guidance.js';
export type {
  GuidanceItem,
  GuidanceSection,
  GuidanceTopic,
} from './schemas/guidance.js';
export {
  flowLimits,
  FlowAnswerSchema,
  FlowQuestionSchema,
  FlowInfoSchema,
  FlowActionSchema,
  FlowNodeSchema,
  ReferralFlowSchema,
  ReferralFlowListSchema,
} from './schemas/referral.js';
export type {
  FlowAnswer,
  FlowQuestion,
  FlowInfo,
  FlowAction,
  FlowNode,
  ReferralFlow,
} from './schemas/referral.js';
export {
  ScenarioRefSchema,
  ScenarioChoiceSchema,
  ScenarioSchema,
  ScenarioSetSchema,
  ScenarioSetListSchema,
} from './schemas/scenarios.js';
export type { ScenarioRef, ScenarioChoice, Scenario, ScenarioSet } from './schemas/scenarios.js';
export {
  PosterSignSchema,
  PosterStatementSchema,
  PublicPosterSchema,
  AffectedPosterSchema,
  AwarenessPosterSchema,
  AwarenessPosterListSchema,
} from './schemas/posters.js';
export type { PosterSign, PosterStatement, PublicPoster, AffectedPoster, AwarenessPoster } from './schemas/posters.js';
