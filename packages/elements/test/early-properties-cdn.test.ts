// Properties set before the element is defined, with ctkit.min.js from a script tag. See
// early-properties.ts; the per-element entries: early-properties.test.ts.
import { checkEarlyProperties, earlyCases } from './early-properties.js';

const cdnUrl = new URL('../dist/ctkit.min.js', import.meta.url).href;

describe('properties set before the element is defined (ctkit.min.js)', () => {
  it(`every object and string property of every element (${earlyCases.length} cases) shows what it was set to`, async () => {
    await checkEarlyProperties(
      () =>
        new Promise<void>((resolve, reject) => {
          const script = document.createElement('script');
          script.type = 'module';
          script.src = cdnUrl;
          script.onload = () => resolve();
          script.onerror = () => reject(new Error(`could not load ${cdnUrl}`));
          document.head.append(script);
        }),
    );
  });
});
