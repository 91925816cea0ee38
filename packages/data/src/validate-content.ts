// The parsers of `@ctkit/data/validate` for the content that rests on other records: training
// scenarios and awareness posters, whose references are checked against the dataset's ids
// (`translations/record-ids.ts`, generated at build) without loading the dataset.
import { AwarenessPosterSchema, ScenarioSetSchema, type AwarenessPoster, type ScenarioSet } from './schemas.js';
import { checkUnique, parse, type ParseResult } from './parse.js';
import { recordIds } from './translations/record-ids.js';

const knownRecords = {
  indicator: new Set(recordIds.indicator),
  guidance: new Set(recordIds.guidance),
  flow: new Set(recordIds.flow),
};
const recordKinds = { indicator: 'sign', guidance: 'guidance section', flow: 'referral flow step' } as const;

/**
 * Validates a scenario set, such as your own for your own staff. Besides the schema (three or
 * four choices, at most 50 scenarios) it rejects scenario ids used twice, a scenario with no
 * best choice or more than one, and a choice that rests on a sign, a guidance section
 * (`topic/section`) or a flow step (`flow/step`) that `@ctkit/data` does not have. Paths start
 * with `scenarioSet`.
 */
export function parseScenarioSet(input: unknown): ParseResult<ScenarioSet> {
  return parse('scenarioSet', ScenarioSetSchema, input, (set, report) => {
    checkUnique(set.scenarios, (i) => ['scenarios', i], report);
    set.scenarios.forEach((scenario, s) => {
      const best = scenario.choices.filter((choice) => choice.best === true).length;
      if (best !== 1) report(['scenarios', s, 'choices'], `must mark exactly one choice as best (best: true); ${best} are`);
      scenario.choices.forEach((choice, c) => {
        choice.refs.forEach((ref, r) => {
          if (!knownRecords[ref.kind].has(ref.id)) report(['scenarios', s, 'choices', c, 'refs', r, 'id'], `names the ${recordKinds[ref.kind]} "${ref.id}", which is not in @ctkit/data`);
        });
      });
    });
  });
}

/**
 * Validates an awareness poster, such as your own for your own building. Besides the schema
 * (three to five signs on a public poster, three to eight statements on one for a person
 * affected) it rejects a sign or a statement that names an indicator `@ctkit/data` does not
 * have. Paths start with `poster`.
 */
export function parseAwarenessPoster(input: unknown): ParseResult<AwarenessPoster> {
  return parse('poster', AwarenessPosterSchema, input, (poster, report) => {
    const unknown = (id: string) => !knownRecords.indicator.has(id);
    if (poster.audience === 'public') {
      poster.signs.forEach((sign, i) => {
        if (unknown(sign.indicator)) report(['signs', i, 'indicator'], `names the sign "${sign.indicator}", which is not in @ctkit/data`);
      });
    } else {
      poster.statements.forEach((statement, i) => {
        statement.indicators.forEach((id, k) => {
          if (unknown(id)) report(['statements', i, 'indicators', k], `names the sign "${id}", which is not in @ctkit/data`);
        });
      });
    }
  });
}
