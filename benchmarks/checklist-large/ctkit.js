// <ctk-indicator-checklist> given a set of 10,000 signs (set.js), rendered by ctkit.min.js:
// milliseconds from adding the element to its signs laid out, the validator loaded (it is loaded
// only for data of your own) and the set validated on the way. The element's own code is loaded
// first, as on a page that already shows a checklist: this times the 10,000 signs, not the
// download of the element.
import { load } from '../../packages/elements/dist/cdn/ctkit.min.js';
import { largeSet } from './set.js';

await load('ctk-indicator-checklist');
const el = document.createElement('ctk-indicator-checklist');
el.indicatorSet = largeSet;
const start = performance.now();
document.body.append(el);
while (!el.shadowRoot?.querySelector('input[value="large-set-sign-0"]')) await el.updateComplete;
void document.body.offsetHeight;
window.tachometerResult = performance.now() - start;
console.log(`10,000 signs: ${window.tachometerResult.toFixed(1)} ms, ${el.shadowRoot.querySelectorAll('input').length} boxes shown`);
