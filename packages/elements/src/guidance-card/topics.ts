/**
 * The dataset's guidance topics, each loaded alone: a card loads the topic it shows. In the
 * data's order (`guidance` of `@ctkit/data/guidance`; chunks.test.ts holds them to it).
 */
import { items, preloaded } from '../internal/chunks.js';

export const topics = items(
  'guidance',
  {
    'victim-centred-practice': () => import('@ctkit/data/guidance/victim-centred-practice'),
    'post-identification-policy': () => import('@ctkit/data/guidance/post-identification-policy'),
    'policy-essentials': () => import('@ctkit/data/guidance/policy-essentials'),
    training: () => import('@ctkit/data/guidance/training'),
    awareness: () => import('@ctkit/data/guidance/awareness'),
    'modern-slavery-statement': () => import('@ctkit/data/guidance/modern-slavery-statement'),
  },
  (module) => module.topic,
  preloaded?.guidance.guidance.map((topic) => [topic.id, topic] as const),
);
