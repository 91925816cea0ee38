// Which fields of a record hold text a reader sees, and so are translated: one list for
// scripts/translations.mjs (what goes into xliff/) and for `@ctkit/data/translate` (what it
// looks up). Not under `source` or `credits`, which name English documents. Internal.

/** Fields whose text a reader sees and translators translate. */
export const translatedFields: ReadonlySet<string> = new Set([
  'name',
  'organisation',
  'summary',
  'label',
  'note',
  'confidenceNote',
  'caution',
  'title',
  'text',
  'help',
  'why',
  'body',
  'steps',
  'situation',
  'question',
  'feedback',
  'remember',
  'intro',
  'proof',
  'reassurance',
  'action',
  'danger',
  'nothingRecorded',
]);

/** Fields whose whole value is kept as it is: sources and credits name English documents. */
export const untranslatedBranches: ReadonlySet<string> = new Set(['source', 'sources', 'credits']);
