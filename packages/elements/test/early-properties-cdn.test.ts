// Properties set before the element is defined, with ctkit.min.js from a script tag. See
// early-properties.ts; the per-element entries: early-properties.test.ts.
import { checkEarlyProperties, earlyCases } from './early-properties.js';
import { loadScript } from './load-script.js';

const cdnUrl = new URL('../dist/cdn/ctkit.min.js', import.meta.url).href;

describe('properties set before the element is defined (ctkit.min.js)', () => {
  it(`every object and string property of every element (${earlyCases.length} cases) shows what it was set to`, async () => {
    await checkEarlyProperties(() => loadScript(cdnUrl));
  });
});
