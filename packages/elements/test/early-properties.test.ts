// Properties set before the element is defined, with the per-element entries
// (`@ctkit/elements/<name>.js`). See early-properties.ts; ctkit.min.js: early-properties-cdn.test.ts.
import { checkEarlyProperties, earlyCases } from './early-properties.js';

const dist = new URL('../dist/', import.meta.url).href;

describe('properties set before the element is defined (per-element entries)', () => {
  it(`every object and string property of every element (${earlyCases.length} cases) shows what it was set to`, async () => {
    await checkEarlyProperties(async () => {
      for (const module of new Set(earlyCases.map((c) => c.module))) await import(new URL(module, dist).href);
    });
  });
});
