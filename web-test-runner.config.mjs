// @web/test-runner: every test in headless Chromium, one file at a time (2 cores).
// Component tests run each fixture twice (client render, and server-rendered with
// @lit-labs/ssr then hydrated); see packages/elements/test/fixture.ts.
import { existsSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { litSsrPlugin } from '@lit-labs/testing/web-test-runner-ssr-plugin.js';
import { pageCheckPlugin, strictCspMiddleware } from './scripts/wtr-page-check.mjs';
import { bundlePlugin } from './scripts/wtr-bundle.mjs';
import { screenshotPlugin } from './scripts/wtr-screenshot.mjs';

/** CHROME_PATH, else Debian's /usr/bin/chromium, else the launcher's own detection. */
function chromiumPath() {
  if (process.env.CHROME_PATH) return process.env.CHROME_PATH;
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  return undefined;
}

export const chromiumArgs = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost',
];

export default {
  files: ['packages/*/src/**/*.test.ts', 'packages/*/test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['development', 'browser'] },
  concurrency: 1,
  testsFinishTimeout: 120_000,
  browserStartTimeout: 60_000,
  // Whole example pages (examples/) are served with a strict Content-Security-Policy.
  middleware: [strictCspMiddleware],
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.base.json' }), litSsrPlugin(), pageCheckPlugin(), bundlePlugin({ root: process.cwd() }), screenshotPlugin()],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: chromiumPath(),
        headless: true,
        args: chromiumArgs,
      },
    }),
  ],
  // Lit's one-off dev-mode notice is expected; every other browser log is shown.
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
  testFramework: { config: { timeout: 10_000 } },
};
