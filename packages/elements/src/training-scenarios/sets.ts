/**
 * The dataset's scenario sets, each loaded alone (an element loads the set it shows), and the
 * scenarios' own text in each locale, loaded only where a page shows them in that locale. In the
 * data's order (`scenarioSets` of `@ctkit/data/scenarios`; chunks.test.ts holds them to it).
 */
import { items, preloaded } from '../internal/chunks.js';
import { scenarioText as textLoaders } from '@ctkit/data/translations/scenario-text';
import { addDataTranslations } from '../internal/locale.js';

export const sets = items(
  'scenarios',
  {
    general: () => import('@ctkit/data/scenarios/general'),
    hospitality: () => import('@ctkit/data/scenarios/hospitality'),
    aviation: () => import('@ctkit/data/scenarios/aviation'),
    healthcare: () => import('@ctkit/data/scenarios/healthcare'),
    transport: () => import('@ctkit/data/scenarios/transport'),
    education: () => import('@ctkit/data/scenarios/education'),
    'law-enforcement': () => import('@ctkit/data/scenarios/law-enforcement'),
  },
  (module) => module.scenarioSet,
  preloaded?.scenarios.scenarioSets.map((set) => [set.id, set] as const),
);

/**
 * The scenarios' text, by set and locale (`<set>/<locale>`): a page in Welsh loads the Welsh of
 * the set it shows, beside the rest of the dataset's text in Welsh. On the server, `ssr.ts`
 * registers all of it.
 */
export const scenarioText = items<true, true>(
  'scenario-text',
  Object.fromEntries(
    Object.entries(textLoaders).flatMap(([set, locales]) =>
      Object.entries(locales).map(([locale, load]) => [
        `${set}/${locale}`,
        () =>
          load().then((module) => {
            addDataTranslations(locale, module.translations);
            return true as const;
          }),
      ]),
    ),
  ),
  (done) => done,
  preloaded && Object.entries(textLoaders).flatMap(([set, locales]) => Object.keys(locales).map((locale) => [`${set}/${locale}`, true] as const)),
);
