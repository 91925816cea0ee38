/**
 * `@ctkit/data/contacts`: UK contacts for anyone who suspects trafficking or exploitation, or
 * needs help. Every record names its source and the date its facts were last checked; a
 * record with a fact no current source confirms says so in `confidence` and `confidenceNote`.
 * Sources and corrections to the original guide: see the package README.
 *
 * Each record is also its own module, `@ctkit/data/contacts/<id>` (exporting `contact`), so
 * code that needs one contact does not load them all.
 *
 * @module
 */
import type { Contact } from './schemas.js';
import { deepFreeze } from './define.js';
import { contact as policeEmergency } from './contacts/police-emergency.js';
import { contact as modernSlaveryHelpline } from './contacts/modern-slavery-helpline.js';
import { contact as policeNonEmergency } from './contacts/police-non-emergency.js';
import { contact as crimestoppers } from './contacts/crimestoppers.js';
import { contact as britishTransportPolice } from './contacts/british-transport-police.js';
import { contact as glaa } from './contacts/glaa.js';
import { contact as nhs111 } from './contacts/nhs-111.js';
import { contact as acas } from './contacts/acas.js';
import { contact as salvationArmy } from './contacts/salvation-army.js';
import { contact as a21Uk } from './contacts/a21-uk.js';
import { contact as localCouncil } from './contacts/local-council.js';
import { contact as policeScotland } from './contacts/police-scotland.js';
import { contact as nhs24 } from './contacts/nhs-24.js';
import { contact as tara } from './contacts/tara.js';
import { contact as migrantHelpScotland } from './contacts/migrant-help-scotland.js';
import { contact as guardianshipScotland } from './contacts/guardianship-scotland.js';
import { contact as scotlandCouncilSocialWork } from './contacts/scotland-council-social-work.js';
import { contact as psni } from './contacts/psni.js';
import { contact as niGpOutOfHours } from './contacts/ni-gp-out-of-hours.js';
import { contact as hscGateway } from './contacts/hsc-gateway.js';
import { contact as migrantHelpNi } from './contacts/migrant-help-ni.js';
import { contact as belfastLisburnWomensAid } from './contacts/belfast-lisburn-womens-aid.js';
import { contact as niIndependentGuardian } from './contacts/ni-independent-guardian.js';

const list = [
  policeEmergency,
  modernSlaveryHelpline,
  policeNonEmergency,
  crimestoppers,
  britishTransportPolice,
  glaa,
  nhs111,
  acas,
  salvationArmy,
  a21Uk,
  localCouncil,
  // Scotland
  policeScotland,
  nhs24,
  tara,
  migrantHelpScotland,
  guardianshipScotland,
  // Northern Ireland
  psni,
  niGpOutOfHours,
  hscGateway,
  migrantHelpNi,
  belfastLisburnWomensAid,
  niIndependentGuardian,
  // Scotland, added after the rest so the translations' paths stay put
  scotlandCouncilSocialWork,
] as const;

/** The id of a contact in the dataset, e.g. `'modern-slavery-helpline'`. */
export type ContactId = (typeof list)[number]['id'];

/**
 * Every contact in the dataset, in display order: emergency first, then the UK-wide and England
 * and Wales contacts, then Scotland's, then Northern Ireland's (each says where it serves in
 * `jurisdictions`). Frozen, like each record.
 */
export const contacts: readonly Contact<ContactId>[] = deepFreeze(list);

const ids: ReadonlySet<string> = new Set(contacts.map((contact) => contact.id));

/**
 * Whether `id` is the id of a contact in the dataset: how a string from outside (an attribute,
 * a URL, a form) becomes a {@link ContactId}.
 *
 * ```ts
 * const id = new URLSearchParams(location.search).get('contact') ?? '';
 * const contact = isContactId(id) ? getContact(id) : undefined;
 * ```
 */
export function isContactId(id: unknown): id is ContactId {
  return typeof id === 'string' && ids.has(id);
}

/**
 * The contact with this id. The id is typed, so a misspelt one does not compile; check a
 * string from outside with {@link isContactId} first. (Called from untyped code with an id the
 * dataset does not have, it returns `undefined`.)
 */
export function getContact<Id extends ContactId>(id: Id): Contact<Id> {
  return contacts.find((contact): contact is Contact<Id> => contact.id === id) as Contact<Id>;
}
