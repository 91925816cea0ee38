// 100 ticks in <ctk-indicator-checklist sector="hospitality">, rendered by ctkit.min.js: every
// box ticked in turn, then unticked, and again, until 100 clicks. Each tick updates the
// element ("What to do next" appears with the first).
import '../../packages/elements/dist/ctkit.min.js';
import { perAction } from '../measure.js';

const el = document.querySelector('ctk-indicator-checklist');
await customElements.whenDefined(el.localName);
await el.updateComplete;
const boxes = [...el.shadowRoot.querySelectorAll('input[type="checkbox"]')];
await perAction(Array.from({ length: 100 }, (_, i) => () => boxes[i % boxes.length].click()));
