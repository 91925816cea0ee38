// 500 <ctk-helpline-banner> elements in the page's HTML, rendered by ctkit.min.js.
import '../../packages/elements/dist/cdn/ctkit.min.js';
import { defined, firstRender } from '../measure.js';

await defined();
await firstRender();
