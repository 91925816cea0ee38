// @web/test-runner: every test file in three engines, Chromium, Firefox and WebKit
// (scripts/wtr-engines.mjs), one file at a time (2 cores). Component tests run each fixture
// twice (client render, and server-rendered with @lit-labs/ssr then hydrated); see
// packages/elements/test/fixture.ts. What an engine cannot do is declared in
// packages/elements/test/engine.ts and listed in docs/testing.md.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { litSsrPlugin } from '@lit-labs/testing/web-test-runner-ssr-plugin.js';
import { pageCheckPlugin, probeMiddleware, strictCspMiddleware } from './scripts/wtr-page-check.mjs';
import { bundlePlugin } from './scripts/wtr-bundle.mjs';
import { screenshotPlugin } from './scripts/wtr-screenshot.mjs';
import { chordPlugin, engineOf, engines, slowMiddleware } from './scripts/wtr-engines.mjs';

export { chromiumArgs } from './scripts/wtr-engines.mjs';

/** One plain line per engine at the end of the run: "firefox: 1778 passed, 0 failed, 12 skipped". */
function perEngineReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const counts = new Map();
      const walk = (suite, count) => {
        for (const test of suite.tests) {
          if (test.skipped) {
            count.skipped += 1;
            if (process.env.CTKIT_LIST_SKIPPED) console.log(`skipped: ${test.name}`);
          }
          else if (test.passed) count.passed += 1;
          else count.failed += 1;
        }
        for (const child of suite.suites) walk(child, count);
      };
      for (const session of sessions) {
        const engine = engineOf(session.browser.name);
        const count = counts.get(engine) ?? { passed: 0, failed: 0, skipped: 0 };
        if (session.testResults) walk(session.testResults, count);
        // A file that could not run at all counts as a failure.
        if (!session.passed && (!session.testResults || (session.errors?.length ?? 0) > 0)) count.failed += 1;
        counts.set(engine, count);
      }
      for (const [engine, { passed, failed, skipped }] of counts) {
        console.log(`${engine}: ${passed} passed, ${failed} failed, ${skipped} skipped (declared in test/engine.ts)`);
      }
    },
  };
}

export default {
  files: ['packages/*/src/**/*.test.ts', 'packages/*/test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['development', 'browser'] },
  concurrency: 1,
  testsFinishTimeout: 180_000,
  browserStartTimeout: 60_000,
  // Whole example pages (examples/) are served with a strict Content-Security-Policy.
  middleware: [strictCspMiddleware, probeMiddleware, slowMiddleware],
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.base.json' }),
    litSsrPlugin(),
    chordPlugin(),
    pageCheckPlugin(),
    bundlePlugin({ root: process.cwd() }),
    screenshotPlugin(),
  ],
  browsers: engines(),
  reporters: [defaultReporter(), perEngineReporter()],
  // Lit's one-off dev-mode notice is expected; every other browser log is shown.
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
  testFramework: { config: { timeout: 10_000 } },
};
