/**
 * The dataset's indicator sets, each loaded alone, by sector: a checklist loads the general
 * signs and its sector's, a poster the signs it shows. In the data's order (`indicatorSets` of `@ctkit/data/indicators`;
 * chunks.test.ts holds them to it).
 */
import { items, preloaded } from './chunks.js';

export const datasetSets = items(
  'indicators',
  {
    general: () => import('@ctkit/data/indicators/general'),
    hospitality: () => import('@ctkit/data/indicators/hospitality'),
    aviation: () => import('@ctkit/data/indicators/aviation'),
    healthcare: () => import('@ctkit/data/indicators/healthcare'),
    transport: () => import('@ctkit/data/indicators/transport'),
    education: () => import('@ctkit/data/indicators/education'),
    'law-enforcement': () => import('@ctkit/data/indicators/law-enforcement'),
  },
  (module) => module.indicatorSet,
  preloaded?.indicators.indicatorSets.map((set) => [set.sector, set] as const),
);

/** The sectors a checklist may name: every set's but the general signs'. */
export const sectorIds: readonly string[] = datasetSets.ids.filter((id) => id !== 'general');
