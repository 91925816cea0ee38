// The static twin: the same checklist server-rendered, no script; 100 clicks on its native
// checkboxes, as in ctkit.js (the browser alone ticks them).
import { perAction } from '../measure.js';

const boxes = [...document.querySelector('ctk-indicator-checklist').shadowRoot.querySelectorAll('input[type="checkbox"]')];
await perAction(Array.from({ length: 100 }, (_, i) => () => boxes[i % boxes.length].click()));
