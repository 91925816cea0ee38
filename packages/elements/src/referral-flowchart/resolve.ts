/**
 * What the flowchart shows for its configuration: your flow (with the contacts it names that
 * are not in the data), or the flow of its region, with your central point of contact at its
 * ends; or, where they cannot be shown, the national flow beside the mistake.
 */
import { html } from 'lit';
import { msg } from '@lit/localize';
import type { Contact, ReferralFlow } from '@ctkit/data/schemas';
import { loaded } from '../internal/chunks.js';
import { code } from '../internal/markup.js';
import { failed, invalid, orFallback, problemsOf, ready, type Resolution } from '../internal/resolution.js';
import { regionError } from '../internal/region.js';
import { flowIdFor, flows } from './flows.js';
import type { Walkable } from './walk.js';

/** The flow shown: yours, or the national flow standing in for it (beside an error). */
export type Resolved = Resolution<Walkable>;

/** What the page gave the flowchart. */
export interface Given {
  flow: unknown;
  region: string;
  extraContacts: unknown;
  /** Your central point of contact from `contact-src`, once its file has loaded. */
  local?: Resolution<Contact>;
}

/** Whether `extraContacts` holds anything to check (a value that is not a list is checked, and refused). */
export const hasExtra = (extra: unknown): boolean => extra != null && (!Array.isArray(extra) || extra.length > 0);

const walkable = (flow: ReferralFlow, contacts: ReadonlyMap<string, Contact>, local?: Contact): Walkable => ({ flow, nodes: new Map(flow.nodes.map((node) => [node.id, node])), contacts, local });

/** Your flow, or, where it cannot be shown, the national flow beside the mistake. */
export function resolveFlow(given: Given): Resolved {
  const flow = flows.get(flowIdFor(given.region));
  const contacts = new Map((loaded.contacts?.contacts ?? []).map((contact) => [contact.id, contact]));
  return orFallback(resolveOwn(given), flow && walkable(flow, contacts));
}

function resolveOwn({ flow: value, region, extraContacts: extra, local }: Given): Resolved {
  // `flow` wins over `region`: the region matters only where no flow is given.
  const wrongRegion = value ? undefined : regionError(region);
  if (wrongRegion) return wrongRegion;
  // A file that could not be loaded: named, beside the national flow. While it loads, the flow shows without it.
  if (local?.state === 'error' && local.problems.length === 0) return failed(local.message);
  const validate = loaded.validate;
  const problems: string[] = local?.state === 'error' ? [...local.problems] : [];
  const contacts = new Map<string, Contact>((loaded.contacts?.contacts ?? []).map((contact) => [contact.id, contact]));
  if (!loaded.contacts) return failed(() => msg('The contacts could not be loaded. Check the connection and reload the page.'));
  if (hasExtra(extra)) {
    if (!validate) return failed(() => msg('Your flow or contacts could not be checked. Check the connection and reload the page.'));
    const result = validate.parseContacts(extra);
    if (result.ok) {
      result.value.forEach((contact, i) => {
        // Your own contact never stands in for a national number, such as 999.
        if (contacts.has(contact.id)) problems.push(`extraContacts[${i}].id: "${contact.id}" is already a contact in the data; give yours its own id`);
        else contacts.set(contact.id, contact);
      });
    } else problems.push(...problemsOf(result.errors, 'extraContacts'));
  }
  let flow: ReferralFlow | undefined;
  if (value && typeof value === 'object') {
    if (!validate) return failed(() => msg('Your flow or contacts could not be checked. Check the connection and reload the page.'));
    const result = validate.parseReferralFlow(value, { contacts: Array.isArray(extra) ? extra : [] });
    if (result.ok) flow = result.value;
    else problems.push(...problemsOf(result.errors));
  } else {
    const id = String(value || '') || flowIdFor(region);
    if (!flows.ids.includes(id)) return failed(() => msg(html`Unknown flow "${code(id)}". Use one of: ${code(flows.ids.join(', '))}.`));
    flow = flows.get(id);
    if (!flow) return failed(() => msg('The referral flow could not be loaded. Check the connection and reload the page.'));
  }
  if (problems.length > 0 || !flow) return invalid(() => msg('This flow cannot be shown because what it was given is not valid:'), problems);
  return ready(walkable(flow, contacts, local?.state === 'ready' ? local.value : undefined));
}
