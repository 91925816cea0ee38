/**
 * Signs that a person may be trafficked or exploited: a general set for everyone, and one set
 * for each sector whose staff are likely to meet victims (hotels, aviation, healthcare,
 * transport, schools and the police).
 *
 * An indicator is a reason to ask more and to seek advice, never proof. No set scores or
 * adds up its indicators, and no indicator is written as a verdict. Many victims do not see
 * themselves as victims, and one sign alone may have an innocent reason.
 *
 * Every indicator is our own plain-English paraphrase, in short sentences for readers who may
 * read English as a second language. Each one credits the sources whose themes it reflects
 * (ids from its set's `credits`); nothing is copied. The general set is shown with every sector
 * set: a sector set only adds what staff in that sector see. This file holds no phone numbers:
 * components take them from `@ctkit/data/contacts`.
 *
 * Ids are kebab-case, start with the set id (`general-`, `hospitality-`, ...), are unique
 * across all sets and are stable across releases: integrators refer to them.
 *
 * @module
 */
import type { IndicatorSet, Sector } from './schemas.js';
import { deepFreeze } from './define.js';
import { indicatorSet as general } from './indicators/general.js';
import { indicatorSet as hospitality } from './indicators/hospitality.js';
import { indicatorSet as aviation } from './indicators/aviation.js';
import { indicatorSet as healthcare } from './indicators/healthcare.js';
import { indicatorSet as transport } from './indicators/transport.js';
import { indicatorSet as education } from './indicators/education.js';
import { indicatorSet as lawEnforcement } from './indicators/law-enforcement.js';

// Each set is its own module, `./indicators/<id>.ts`, written with `defineSet`
// (`./indicators/define-set.ts`) and crediting the sources in `./indicators/sources.ts`. The
// list below sets the display order, and the order of the strings in the translation files.

const sectorList = [
  {
    id: 'hospitality',
    name: 'Hotels and hospitality',
    roles: 'Front desk, housekeeping, food and drink, security and maintenance staff in hotels, hostels and other places to stay',
  },
  {
    id: 'aviation',
    name: 'Airlines and airports',
    roles: 'Cabin crew, gate and check-in staff, ground staff and airport security staff',
  },
  {
    id: 'healthcare',
    name: 'Healthcare',
    roles: 'Nurses, GPs, A&E and maternity staff, midwives, dentists, pharmacists and reception staff',
  },
  {
    id: 'transport',
    name: 'Buses, trains, taxis and rideshare',
    roles: 'Bus and coach drivers, rail and station staff, and taxi, minicab and rideshare drivers',
  },
  {
    id: 'education',
    name: 'Schools and education',
    roles: 'Teachers, teaching assistants, safeguarding leads, school nurses and office and support staff',
  },
  {
    id: 'law-enforcement',
    name: 'Police and law enforcement',
    roles: 'Police officers, police community support officers, custody staff and call handlers',
  },
] as const;

/** The id of a sector with its own indicator set, e.g. `'hospitality'`. */
export type SectorId = (typeof sectorList)[number]['id'];

/** The sectors with their own indicator set, in display order. Frozen. */
export const sectors: readonly Sector<SectorId>[] = deepFreeze(sectorList);

const list = [general, hospitality, aviation, healthcare, transport, education, lawEnforcement] as const;

/** The id of an indicator set in the dataset: `'general'` or a {@link SectorId}. */
export type IndicatorSetId = (typeof list)[number]['id'];

/** The id of an indicator (a sign) in the dataset, e.g. `'general-no-documents'`. */
export type IndicatorId = (typeof list)[number] extends IndicatorSet<string, infer Id> ? Id : never;

/**
 * Every indicator set: the general set first, then one set per sector in the order of
 * {@link sectors}. Show a sector set together with the general one. Frozen, like each record.
 */
export const indicatorSets: readonly IndicatorSet<IndicatorSetId, IndicatorId>[] = deepFreeze(list);

const indicatorIds: ReadonlySet<string> = new Set(indicatorSets.flatMap((set) => set.categories.flatMap((category) => category.indicators.map((sign) => sign.id))));
const sectorIds: ReadonlySet<string> = new Set(sectors.map((sector) => sector.id));
const setIds: ReadonlySet<string> = new Set(indicatorSets.map((set) => set.id));

/** Whether `id` is a {@link SectorId}: how a string from outside (an attribute) becomes one. */
export function isSectorId(id: unknown): id is SectorId {
  return typeof id === 'string' && sectorIds.has(id);
}

/** Whether `id` is an {@link IndicatorId}: the id of a sign in one of the dataset's sets (a checklist's `checked` ids, say). */
export function isIndicatorId(id: unknown): id is IndicatorId {
  return typeof id === 'string' && indicatorIds.has(id);
}

/** Whether `id` is an {@link IndicatorSetId}: `general` or a sector's id. */
export function isIndicatorSetId(id: unknown): id is IndicatorSetId {
  return typeof id === 'string' && setIds.has(id);
}

/**
 * The indicator set with this id (`general` or a sector id). The id is typed, so a misspelt
 * one does not compile; check a string from outside with {@link isIndicatorSetId} first.
 * (Called from untyped code with an id the dataset does not have, it returns `undefined`.)
 */
export function getIndicatorSet<Id extends IndicatorSetId>(id: Id): IndicatorSet<Id, IndicatorId> {
  return indicatorSets.find((set): set is IndicatorSet<Id, IndicatorId> => set.id === id) as IndicatorSet<Id, IndicatorId>;
}
