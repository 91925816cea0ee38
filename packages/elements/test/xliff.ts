/**
 * The dataset's strings a reader sees, as the build collected them for translators
 * (packages/data/xliff/<locale>.xlf): one list for the build and the tests.
 */
export interface DatasetUnit {
  /** The English. */
  source: string;
  /** Where it is used, for example `contacts[1].summary`. */
  where: string;
  /** Its translation, if it has one that is shipped (not waiting for review). */
  target?: string;
}

const cache = new Map<string, Promise<DatasetUnit[]>>();

export function datasetUnits(locale: string): Promise<DatasetUnit[]> {
  let units = cache.get(locale);
  if (!units) {
    units = fetch(new URL(`../../data/xliff/${locale}.xlf`, import.meta.url))
      .then((response) => response.text())
      .then((text) =>
        [...new DOMParser().parseFromString(text, 'application/xml').querySelectorAll('trans-unit')].map((unit) => {
          const target = unit.querySelector('target');
          return {
            source: unit.querySelector('source')!.textContent!,
            where: unit.querySelector('note')!.textContent!,
            target: target && target.getAttribute('state') !== 'needs-review-translation' ? target.textContent! : undefined,
          };
        }),
      );
    cache.set(locale, units);
  }
  return units;
}
