// The static twin: the same checklist server-rendered, no script; the same 100 boxes ticked
// (the browser alone ticks them).
import { perAction } from '../measure.js';

const boxes = [...document.querySelector('ctk-indicator-checklist').shadowRoot.querySelectorAll('input[type="checkbox"]')].slice(0, 100);
if (boxes.length !== 100) throw new Error(`${boxes.length} boxes`);
await perAction(boxes.map((box) => () => box.click()));
