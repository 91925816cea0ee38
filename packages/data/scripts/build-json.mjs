// Writes the dataset as JSON (dist/json/<dataset>.json) and the JSON Schemas generated from
// the zod schemas (dist/schema/<name>.schema.json): never written by hand. Runs after the
// rollup build, from the built modules, and fails if any shipped record does not validate.
import { mkdirSync, writeFileSync } from 'node:fs';
import { toJSONSchema } from 'zod/mini';
import * as data from '../dist/index.js';

const datasets = {
  contacts: { records: data.contacts, schema: data.ContactListSchema, check: (v) => [data.parseContacts(v)] },
  'indicator-sets': {
    records: data.indicatorSets,
    schema: data.IndicatorSetListSchema,
    check: (v) => v.map((set) => data.parseIndicatorSet(set)),
  },
  guidance: { records: data.guidance, schema: data.GuidanceListSchema, check: (v) => v.map((t) => data.parseGuidanceTopic(t)) },
  'referral-flows': {
    records: data.referralFlows,
    schema: data.ReferralFlowListSchema,
    check: (v) => v.map((f) => data.parseReferralFlow(f)),
  },
  'awareness-posters': { records: data.awarenessPosters, schema: data.AwarenessPosterListSchema, check: (v) => v.map((p) => data.parseAwarenessPoster(p)) },
  'scenario-sets': { records: data.scenarioSets, schema: data.ScenarioSetListSchema, check: (v) => v.map((set) => data.parseScenarioSet(set)) },
};

/** One-record schemas, for integrators validating a single record of their own. */
const recordSchemas = {
  contact: data.ContactSchema,
  'indicator-set': data.IndicatorSetSchema,
  'guidance-topic': data.GuidanceTopicSchema,
  'referral-flow': data.ReferralFlowSchema,
  'scenario-set': data.ScenarioSetSchema,
  'awareness-poster': data.AwarenessPosterSchema,
};

mkdirSync('dist/json', { recursive: true });
mkdirSync('dist/schema', { recursive: true });
const write = (file, value) => writeFileSync(file, `${JSON.stringify(value, null, 2)}\n`);

let failed = false;
for (const [name, { records, schema, check }] of Object.entries(datasets)) {
  for (const result of check(records)) {
    if (!result.ok) {
      failed = true;
      for (const error of result.errors) console.error(`${name}: ${data.formatError(error)}`);
    }
  }
  write(`dist/json/${name}.json`, records);
  write(`dist/schema/${name}.schema.json`, { ...toJSONSchema(schema), title: `ctkit ${name}` });
}
for (const [name, schema] of Object.entries(recordSchemas)) {
  write(`dist/schema/${name}.schema.json`, { ...toJSONSchema(schema), title: `ctkit ${name}` });
}
if (failed) {
  console.error('build-json: the shipped data does not validate');
  process.exit(1);
}
