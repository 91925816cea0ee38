// The organisation's central point of contact, shown first on the card.
// (01632 960xxx numbers are reserved by Ofcom for drama: use your own.)
import { dutyManager } from '../plain-html/own-contacts.js';

document.getElementById('central').contact = dutyManager;
