// The whole kit (examples/plain-html without its page script), rendered by ctkit.min.js.
import '../../packages/elements/dist/cdn/ctkit.min.js';
import { defined, firstRender } from '../measure.js';

await defined();
await firstRender();
