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

/** Every contact in the dataset, in display order: emergency first. */
export const contacts: readonly Contact[] = [
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
];

/** The contact with this id, or `undefined` if the dataset has none. */
export function getContact(id: string): Contact | undefined {
  return contacts.find((contact) => contact.id === id);
}
