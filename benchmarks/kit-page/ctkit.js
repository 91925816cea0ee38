// The whole kit (examples/plain-html without its page script), rendered by ctkit.min.js.
import '../../packages/elements/dist/ctkit.min.js';
import { firstRender } from '../measure.js';

await firstRender();
