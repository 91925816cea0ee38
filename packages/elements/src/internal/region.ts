/**
 * Where the reader is: the `region` attribute shared by the flowchart, the directory, the
 * checklist and the banner. A region is a UK nation; the data says which nations each contact
 * and flow serves (`jurisdictions`), so a region only picks among them.
 */
import type { Contact, Jurisdiction } from '@ctkit/data/schemas';
import { html } from 'lit';
import { msg } from '@lit/localize';
import { code } from './markup.js';
import { failed, type Resolution } from './resolution.js';

/** A UK nation, as the `region` attribute names it. */
export type Region = 'england' | 'wales' | 'scotland' | 'northern-ireland';

const nations: Readonly<Record<Region, Jurisdiction>> = {
  england: 'GB-ENG',
  wales: 'GB-WLS',
  scotland: 'GB-SCT',
  'northern-ireland': 'GB-NIR',
};

/** Whether `region` is one of the four (a value that is not a string is none of them, and is never converted). */
export const known = (region: unknown): region is Region => typeof region === 'string' && Object.hasOwn(nations, region);

/** Without a region, what ctkit showed before regions: England and Wales (and what serves the whole UK). */
const unset: readonly Jurisdiction[] = ['GB-ENG', 'GB-WLS'];

/** The nations `region` names; empty or unknown (see {@link regionError}): England and Wales. */
export const nationsOf = (region: string): readonly Jurisdiction[] => (known(region) ? [nations[region]] : unset);

/** An unknown `region`, naming the regions there are, for the element to show beside its national content. */
export function regionError(region: string): Resolution<never> | undefined {
  // Not a string: read before the value is made safe (`kinds`), which empties it.
  if (typeof region !== 'string' || !region || known(region)) return undefined;
  const all = Object.keys(nations).join(', ');
  return failed(() => msg(html`Unknown region "${code(region)}". Use one of: ${code(all)}.`));
}

/** Whether `contact` (or a flow) serves any of `wanted`. */
export const serves = (record: { readonly jurisdictions: readonly Jurisdiction[] }, wanted: readonly Jurisdiction[]): boolean =>
  record.jurisdictions.some((nation) => wanted.includes(nation));

/**
 * The dataset's contact for the same need in another nation, where the one asked for does not
 * serve it: NHS 111 is NHS 24's 111 in Scotland and does not exist in Northern Ireland (the GP
 * out-of-hours service stands in); children's services are the council's social work in
 * Scotland and the Trust's Gateway team in Northern Ireland.
 */
const elsewhere: Readonly<Record<string, Partial<Record<Jurisdiction, string>>>> = {
  'nhs-111': { 'GB-SCT': 'nhs-24', 'GB-NIR': 'ni-gp-out-of-hours' },
  'local-council': { 'GB-SCT': 'scotland-council-social-work', 'GB-NIR': 'hsc-gateway' },
};

/** `contact`, or the dataset's contact for the same need in the first of `nations` when `contact` serves none. */
export function forNation(contact: Contact, nations: readonly Jurisdiction[], list: readonly Contact[]): Contact | undefined {
  if (serves(contact, nations)) return contact;
  const id = nations.map((nation) => elsewhere[contact.id]?.[nation]).find(Boolean);
  return id === undefined ? undefined : list.find((one) => one.id === id);
}
