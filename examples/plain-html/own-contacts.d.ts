// Types for own-contacts.js, which the React and Vue examples share with the plain page.
import type { Contact } from '@ctkit/data/schemas';

export declare const dutyManager: Contact;
