/**
 * What the checklist shows for its configuration: the general signs, with your sector's or your
 * own set, and your own contact, validated; or, where they cannot be used, the national signs
 * beside the mistake.
 */
import { html } from 'lit';
import { msg } from '@lit/localize';
import type { Contact, IndicatorSet } from '@ctkit/data/schemas';
import { loaded } from '../internal/chunks.js';
import { datasetSets, sectorIds } from '../internal/indicator-sets.js';
import { regionError } from '../internal/region.js';
import { resolveContact } from '../internal/contacts.js';
import { code } from '../internal/markup.js';
import { failed, invalid, orFallback, problemsOf, ready, shown, type Resolution } from '../internal/resolution.js';

/** What the page gave the checklist. */
export interface Given {
  sector: string;
  indicatorSet?: IndicatorSet;
  contact?: Contact;
  /** Your own contact from `contact-src`, once its file has loaded (it takes the place of `contact`). */
  contactFile?: Resolution<Contact>;
  region: string;
}

/** What the checklist shows: the sets, and your own contact. */
export interface Shown {
  sets: readonly IndicatorSet[];
  contact?: Contact;
}

/** What to show: your configuration, or, where it cannot be shown, the national signs beside the mistake. */
export function resolveChecklist(given: Given): Resolution<Shown> {
  const generalSet = datasetSets.get('general');
  if (!generalSet) return orFallback(unavailable(), { sets: [] });
  const general = [generalSet];
  const own = resolveOwn(given, general);
  // An unknown region: named, beside what was given (your sector and contact stay).
  const wrongRegion = regionError(given.region);
  return wrongRegion ? orFallback(wrongRegion, shown(own) ?? { sets: general }) : orFallback(own, { sets: general });
}

const unavailable = (): Resolution<never> => failed(() => msg('The signs could not be loaded. Check the connection and reload the page.'));

function resolveOwn({ sector, indicatorSet, contact: given, contactFile }: Given, general: readonly IndicatorSet[]): Resolution<Shown> {
  const problems: string[] = [];
  let custom: IndicatorSet | undefined;
  let contact: Contact | undefined;
  // A file that could not be loaded: named, beside the national signs. While it loads, the signs show without it.
  if (contactFile?.state === 'error' && contactFile.problems.length === 0) return failed(contactFile.message);
  if (contactFile?.state === 'error') problems.push(...contactFile.problems);
  if (contactFile?.state === 'ready') contact = contactFile.value;
  const ownContact = contactFile ? undefined : given;
  if (indicatorSet || ownContact) {
    const validate = loaded.validate;
    if (!validate) return failed(() => msg('Your indicator set or contact could not be checked. Check the connection and reload the page.'));
    if (indicatorSet) {
      const result = validate.parseIndicatorSet(indicatorSet);
      if (result.ok) custom = result.value;
      else problems.push(...problemsOf(result.errors));
    }
    if (ownContact) {
      const resolution = resolveContact(ownContact);
      if (resolution.state === 'ready') contact = resolution.value;
      else if (resolution.state === 'error') problems.push(...resolution.problems);
    }
  }
  if (custom && custom.sector !== 'general') {
    const taken = new Set(general.flatMap((set) => set.categories.flatMap((category) => category.indicators.map((indicator) => indicator.id))));
    custom.categories.forEach((category, c) =>
      category.indicators.forEach((indicator, i) => {
        if (taken.has(indicator.id)) problems.push(`indicatorSet.categories[${c}].indicators[${i}].id: "${indicator.id}" is also the id of a general sign`);
      }),
    );
  }
  if (problems.length > 0) return invalid(() => msg('This checklist cannot be shown because what it was given is not valid:'), problems);
  if (custom) return ready({ sets: custom.sector === 'general' ? [custom] : [...general, custom], contact });
  if (!sector || sector === 'general') return ready({ sets: general, contact });
  if (!sectorIds.includes(sector)) return failed(() => msg(html`Unknown sector "${code(sector)}". Use one of: ${code(sectorIds.join(', '))}.`));
  const set = datasetSets.get(sector);
  return set ? ready({ sets: [...general, set], contact }) : unavailable();
}
