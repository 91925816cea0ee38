// Ticks 100 different boxes of <ctk-indicator-checklist> (the general signs and a set of 100),
// rendered by ctkit.min.js. Each tick updates the element ("What to do next" appears with the
// first, and the notes it prints grow).
import '../../packages/elements/dist/cdn/ctkit.min.js';
import { defined, perAction } from '../measure.js';
import { set } from './set.js';

const el = document.createElement('ctk-indicator-checklist');
el.indicatorSet = set;
document.body.append(el);
await defined();
// The set is validated first (on demand): wait until its boxes are there.
const allBoxes = () => [...el.shadowRoot.querySelectorAll('input[type="checkbox"]')];
while (allBoxes().length < 100) await new Promise((resolve) => requestAnimationFrame(resolve));
const boxes = allBoxes().slice(0, 100);
if (boxes.length !== 100) throw new Error(`${boxes.length} boxes`);
await perAction(boxes.map((box) => () => box.click()));
