// The dataset's records as an importer meets them: typed read-only all the way down, frozen at
// run time, and each type exactly what its schema parses.
import { expect } from '@open-wc/testing';
import type * as z from 'zod/mini';
import { contacts, getContact } from './contacts.js';
import { emergencyLine } from './emergency-line.js';
import { guidance, getGuidanceTopic, isTopicId } from './guidance.js';
import { getIndicatorSet, indicatorSets, isIndicatorId, isIndicatorSetId, isSectorId, sectors } from './indicators.js';
import { getReferralFlow, isFlowId, referralFlows } from './referral.js';
import { getScenarioSet, isScenarioSetId, scenarioSets } from './scenarios.js';
import { awarenessPosters, isPosterId } from './posters.js';
import { contact as helpline } from './contacts/modern-slavery-helpline.js';
import type * as schemas from './schemas.js';

/** Read-only all the way down: what a record's type must be. */
type DeepReadonly<T> = T extends readonly (infer Item)[]
  ? readonly DeepReadonly<Item>[]
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T;
/** `true` only when `A` and `B` are the same type (not merely assignable). */
type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type Parsed<Schema extends z.ZodMiniType> = DeepReadonly<z.infer<Schema>>;

// Each written-out type is its schema's output, read-only: a field added to one and not the
// other, or typed differently, fails to compile.
const sameAsSchemas: {
  source: Same<schemas.Source, Parsed<typeof schemas.SourceSchema>>;
  phone: Same<schemas.Phone, Parsed<typeof schemas.PhoneSchema>>;
  email: Same<schemas.Email, Parsed<typeof schemas.EmailSchema>>;
  website: Same<schemas.Website, Parsed<typeof schemas.WebsiteSchema>>;
  availability: Same<schemas.Availability, Parsed<typeof schemas.AvailabilitySchema>>;
  contact: Same<schemas.Contact, Parsed<typeof schemas.ContactSchema>>;
  indicator: Same<schemas.Indicator, Parsed<typeof schemas.IndicatorSchema>>;
  category: Same<schemas.IndicatorCategory, Parsed<typeof schemas.IndicatorCategorySchema>>;
  credit: Same<schemas.Credit, Parsed<typeof schemas.CreditSchema>>;
  indicatorSet: Same<schemas.IndicatorSet, Parsed<typeof schemas.IndicatorSetSchema>>;
  sector: Same<schemas.Sector, Parsed<typeof schemas.SectorSchema>>;
  item: Same<schemas.GuidanceItem, Parsed<typeof schemas.GuidanceItemSchema>>;
  section: Same<schemas.GuidanceSection, Parsed<typeof schemas.GuidanceSectionSchema>>;
  topic: Same<schemas.GuidanceTopic, Parsed<typeof schemas.GuidanceTopicSchema>>;
  answer: Same<schemas.FlowAnswer, Parsed<typeof schemas.FlowAnswerSchema>>;
  node: Same<schemas.FlowNode, Parsed<typeof schemas.FlowNodeSchema>>;
  flow: Same<schemas.ReferralFlow, Parsed<typeof schemas.ReferralFlowSchema>>;
  ref: Same<schemas.ScenarioRef, Parsed<typeof schemas.ScenarioRefSchema>>;
  choice: Same<schemas.ScenarioChoice, Parsed<typeof schemas.ScenarioChoiceSchema>>;
  scenario: Same<schemas.Scenario, Parsed<typeof schemas.ScenarioSchema>>;
  scenarioSet: Same<schemas.ScenarioSet, Parsed<typeof schemas.ScenarioSetSchema>>;
  sign: Same<schemas.PosterSign, Parsed<typeof schemas.PosterSignSchema>>;
  statement: Same<schemas.PosterStatement, Parsed<typeof schemas.PosterStatementSchema>>;
  publicPoster: Same<schemas.PublicPoster, Parsed<typeof schemas.PublicPosterSchema>>;
  affectedPoster: Same<schemas.AffectedPoster, Parsed<typeof schemas.AffectedPosterSchema>>;
} = {
  source: true,
  phone: true,
  email: true,
  website: true,
  availability: true,
  contact: true,
  indicator: true,
  category: true,
  credit: true,
  indicatorSet: true,
  sector: true,
  item: true,
  section: true,
  topic: true,
  answer: true,
  node: true,
  flow: true,
  ref: true,
  choice: true,
  scenario: true,
  scenarioSet: true,
  sign: true,
  statement: true,
  publicPoster: true,
  affectedPoster: true,
};

/** Every object and array in `value` that is not frozen, by path. */
function unfrozen(value: unknown, path: string, out: string[] = []): string[] {
  if (value === null || typeof value !== 'object') return out;
  if (!Object.isFrozen(value)) out.push(path);
  for (const [key, item] of Object.entries(value)) unfrozen(item, `${path}.${key}`, out);
  return out;
}

describe('@ctkit/data records', () => {
  // The check is the type of `sameAsSchemas`, made by `tsc -p tsconfig.tools.json` (in `pnpm
  // typecheck`): a type that drifts from its schema makes one of its fields `false` and the
  // object above fail to compile. This only keeps the object in use.
  it('have types that are exactly what their schemas parse', () => {
    expect(Object.values(sameAsSchemas).every(Boolean)).to.equal(true);
  });

  it('have guards for every kind of id, true for the dataset\'s ids only', () => {
    const signs = indicatorSets.flatMap((set) => set.categories.flatMap((category) => category.indicators.map((sign) => sign.id)));
    expect(signs.every(isIndicatorId)).to.equal(true);
    expect(indicatorSets.every((set) => isIndicatorSetId(set.id))).to.equal(true);
    expect(sectors.every((sector) => isSectorId(sector.id))).to.equal(true);
    expect(guidance.every((topic) => isTopicId(topic.id))).to.equal(true);
    expect(referralFlows.every((flow) => isFlowId(flow.id))).to.equal(true);
    expect(scenarioSets.every((set) => isScenarioSetId(set.id))).to.equal(true);
    expect(['general', ...sectors.map((sector) => sector.id)]).to.deep.equal(scenarioSets.map((set) => set.id));
    expect(isScenarioSetId('training')).to.equal(false);
    expect(awarenessPosters.every((poster) => isPosterId(poster.id))).to.equal(true);
    expect(isPosterId('victim')).to.equal(false);
    // `general` is a set, not a sector; a sign's id is not a set's.
    expect([isSectorId('general'), isIndicatorSetId(signs[0]), isIndicatorId('general'), isTopicId('england-wales'), isFlowId('training')]).to.deep.equal([
      false,
      false,
      false,
      false,
      false,
    ]);
  });

  it('are frozen all the way down, in every entry', () => {
    const everything = { contacts, guidance, indicatorSets, sectors, referralFlows, scenarioSets, awarenessPosters, emergencyLine, helpline };
    expect(unfrozen(everything, 'data').filter((path) => path !== 'data')).to.deep.equal([]);
  });

  it('cannot be changed: the types refuse it and, at run time, so does the record', () => {
    const contact = getContact('modern-slavery-helpline');
    expect(() => {
      // @ts-expect-error: records are read-only.
      contact.name = 'x';
    }).to.throw(TypeError);
    expect(() => {
      // @ts-expect-error: and so is every array in them.
      contacts[0]!.phones.push({ number: '999', display: '999' });
    }).to.throw(TypeError);
    expect(() => {
      // @ts-expect-error: all the way down.
      getIndicatorSet('general').categories[0]!.indicators[0]!.text = 'x';
    }).to.throw(TypeError);
    expect(() => {
      // @ts-expect-error: a guidance topic too.
      getGuidanceTopic('training').sections[0]!.title = 'x';
    }).to.throw(TypeError);
    expect(() => {
      // @ts-expect-error: a referral flow too.
      getReferralFlow('england-wales').nodes[0]!.id = 'x';
    }).to.throw(TypeError);
    expect(() => {
      // @ts-expect-error: a scenario set too.
      getScenarioSet('hospitality').scenarios[0]!.choices[0]!.best = true;
    }).to.throw(TypeError);
    expect(contact.name).to.equal('Modern Slavery & Exploitation Helpline');
    expect(contacts[0]?.phones).to.have.length(getContact('police-emergency').phones.length);
  });
});
