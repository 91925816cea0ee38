import { readdirSync } from 'node:fs';
import { libraryConfig } from '../../scripts/rollup-library.mjs';

// Each locale's table (src/translations/<locale>.ts, written from xliff/ by
// scripts/translations.mjs just before this build) is an entry of its own.
const translations = readdirSync('xliff')
  .filter((file) => file.endsWith('.xlf'))
  .map((file) => `src/translations/${file.slice(0, -'.xlf'.length)}.ts`);
// Each scenario set's text in each locale is an entry of its own too (scenarios-<set>-<locale>).
const scenarioTexts = readdirSync('src/translations')
  .filter((file) => file.startsWith('scenarios-'))
  .map((file) => `src/translations/${file}`);

export default libraryConfig({
  input: [
    'src/index.ts',
    'src/contacts.ts',
    'src/emergency-line.ts',
    'src/indicators.ts',
    'src/guidance.ts',
    'src/referral.ts',
    'src/scenarios.ts',
    'src/posters.ts',
    'src/schemas.ts',
    'src/validate.ts',
    'src/translate.ts',
    ...translations,
    ...scenarioTexts,
  ],
});
