/**
 * What a poster loads on demand: the poster itself (each alone), the dataset's text in the
 * language the reader picks inside the poster, and the QR code generator when `qr` is set.
 * On the server every one is preloaded, and every locale's text is registered, by
 * `#server-preload`.
 */
import { items, preloaded } from '../internal/chunks.js';
import { addDataTranslations } from '../internal/locale.js';

export const posters = items(
  'posters',
  {
    general: () => import('@ctkit/data/posters/general'),
    hospitality: () => import('@ctkit/data/posters/hospitality'),
    aviation: () => import('@ctkit/data/posters/aviation'),
    healthcare: () => import('@ctkit/data/posters/healthcare'),
    transport: () => import('@ctkit/data/posters/transport'),
    education: () => import('@ctkit/data/posters/education'),
    'law-enforcement': () => import('@ctkit/data/posters/law-enforcement'),
    affected: () => import('@ctkit/data/posters/affected'),
  },
  (module) => module.poster,
  preloaded?.posters.awarenessPosters.map((poster) => [poster.id, poster] as const),
);

/** Registers a locale's table of the dataset's text (the same one `setLocale` loads). */
const register = (locale: string) => (module: { readonly translations: Readonly<Record<string, string>> }): true => {
  addDataTranslations(locale, module.translations);
  return true;
};

/** The dataset's text in each locale, for a poster shown in another language than the page's. */
export const posterText = items<true, true>(
  'data-text',
  {
    cy: () => import('@ctkit/data/translations/cy').then(register('cy')),
    pl: () => import('@ctkit/data/translations/pl').then(register('pl')),
    ro: () => import('@ctkit/data/translations/ro').then(register('ro')),
    sq: () => import('@ctkit/data/translations/sq').then(register('sq')),
    vi: () => import('@ctkit/data/translations/vi').then(register('vi')),
    ar: () => import('@ctkit/data/translations/ar').then(register('ar')),
  },
  (done) => done,
  preloaded && ['cy', 'pl', 'ro', 'sq', 'vi', 'ar'].map((locale) => [locale, true] as const),
);

/** lean-qr (nano), loaded only for a poster with a `qr`. */
export const qrCode = items(
  'qr',
  { nano: () => import('lean-qr/nano') },
  (module) => module,
  preloaded && [['nano', preloaded.qr] as const],
);
