/**
 * Awareness posters: for the public and the staff of each sector, the few signs that matter most
 * there (chosen in the data, each with the reason), what to do, and that a sign is a reason to
 * ask, not proof; and for a person who may be trafficked, in the second person and plain words,
 * what may be happening to them and that help is there. The signs' and statements' sources are
 * the indicators they name (checked to exist). No phone numbers: components show 999 and the
 * helpline from `@ctkit/data/contacts`.
 *
 * @module
 */
import type { AffectedPoster, AwarenessPoster, PublicPoster } from './schemas.js';
import { deepFreeze } from './define.js';
import { poster as general } from './posters/general.js';
import { poster as hospitality } from './posters/hospitality.js';
import { poster as aviation } from './posters/aviation.js';
import { poster as healthcare } from './posters/healthcare.js';
import { poster as transport } from './posters/transport.js';
import { poster as education } from './posters/education.js';
import { poster as lawEnforcement } from './posters/law-enforcement.js';
import { poster as affected } from './posters/affected.js';

// Each poster is its own module, `./posters/<id>.ts`. The list sets the order of the strings
// in the translation files: a new poster goes at the end.
const list = [general, hospitality, aviation, healthcare, transport, education, lawEnforcement, affected] as const;

/** The id of a poster in the dataset: `general` or a sector's id (public posters), or `affected`. */
export type PosterId = (typeof list)[number]['id'];

/** Every awareness poster: the public ones, general first then one per sector, and the one for a person affected. Frozen. */
export const awarenessPosters: readonly AwarenessPoster<PosterId>[] = deepFreeze(list);

const ids: ReadonlySet<string> = new Set(awarenessPosters.map((poster) => poster.id));

/** Whether `id` is the id of a poster in the dataset. */
export function isPosterId(id: unknown): id is PosterId {
  return typeof id === 'string' && ids.has(id);
}

/** The public poster for `general` or a sector. */
export function getPublicPoster(id: Exclude<PosterId, 'affected'>): PublicPoster<typeof id> {
  return awarenessPosters.find((poster): poster is PublicPoster<typeof id> => poster.id === id && poster.audience === 'public') as PublicPoster<typeof id>;
}

/** The poster for a person who may be trafficked. */
export const affectedPoster: AffectedPoster<'affected'> = affected;
