// 500 <ctk-helpline-banner> elements in the page's HTML, rendered by ctkit.min.js.
import '../../packages/elements/dist/ctkit.min.js';
import { firstRender } from '../measure.js';

await firstRender();
