/**
 * `@ctkit/data/emergency-line`: the 999 voice line on its own, for an element that adds "in
 * an emergency, call 999" beside another contact without loading the whole 999 record
 * (`@ctkit/data/contacts/police-emergency`, whose first phone this is).
 *
 * @module
 */
import type { Phone } from './schemas.js';
import { deepFreeze } from './define.js';

/** 999, free from any phone: the first phone of `police-emergency`. Frozen. */
export const emergencyLine: Phone = deepFreeze({ number: '999', display: '999', freephone: true });
