// The static twin of a ctkit page: the same markup, server-rendered as declarative shadow DOM,
// with no script but this measurement.
import { firstRender } from './measure.js';

await firstRender();
