// The three engines every browser test runs in (docs/testing.md, "Engines"): Debian's Chromium,
// Firefox ESR (puppeteer over WebDriver BiDi) and WebKitGTK's MiniBrowser (WebKitWebDriver under
// Xvfb, since MiniBrowser has no headless mode). CTKIT_ENGINES=chromium,firefox picks some.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { chromeLauncher } from '@web/test-runner-chrome';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { webdriverLauncher } from '@web/test-runner-webdriver';

const engineNames = ['chromium', 'firefox', 'webkit'];

/** The engine a launcher's browser name stands for ("Chrome", "Firefox", "MiniBrowser"). */
export const engineOf = (browserName) => (/firefox/i.test(browserName) ? 'firefox' : /minibrowser|webkit|safari/i.test(browserName) ? 'webkit' : 'chromium');

const miniBrowser = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const install = 'apt-get install -y chromium firefox-esr webkit2gtk-driver xvfb';

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

/** Resolves once something listens on `port` at 127.0.0.1, or rejects after `ms`. */
function listening(port, ms) {
  const until = Date.now() + ms;
  return new Promise((resolve, reject) => {
    const attempt = () => {
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.end();
        resolve();
      });
      socket.once('error', () => {
        socket.destroy();
        if (Date.now() > until) reject(new Error(`nothing listened on port ${port} within ${ms} ms`));
        else setTimeout(attempt, 100);
      });
    };
    attempt();
  });
}

const children = [];
const stopAll = () => {
  for (const child of children) child.kill();
};
process.once('exit', stopAll);
// A run stopped from outside (a CI timeout, Ctrl+C) stops its helpers too.
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    stopAll();
    process.exit(signal === 'SIGINT' ? 130 : 143);
  });
}

/**
 * Starts a helper process for the length of the test run; the promise rejects if it cannot
 * start or ends early (it is meant to run until the tests end).
 */
function start(command, args, env = {}) {
  const child = spawn(command, args, { stdio: 'ignore', env: { ...process.env, ...env } });
  children.push(child);
  child.ended = new Promise((_, reject) => {
    child.once('error', (error) => reject(new Error(`${command} could not start: ${error.message}`)));
    child.once('exit', (code, signal) => reject(new Error(`${command} ended early (${signal ?? `exit code ${code}`})`)));
  });
  // Ending when the run stops is no error.
  child.ended.catch(() => {});
  return child;
}

/** A TCP port nothing listens on now, from the system. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** A free X display number, so two runs on one machine do not meet. */
function freeDisplay() {
  for (let n = 99; n < 140; n += 1) if (!existsSync(`/tmp/.X11-unix/X${n}`) && !existsSync(`/tmp/.X${n}-lock`)) return n;
  throw new Error('no free X display from :99 to :139');
}

let webkitServer;
/** Xvfb and WebKitWebDriver, started once, when the first WebKit session is wanted; resolves to the driver's port. */
function webkitDriver() {
  webkitServer ??= (async () => {
    const n = freeDisplay();
    const xvfb = start('Xvfb', [`:${n}`, '-screen', '0', '1280x1024x24', '-nolisten', 'tcp']);
    // MiniBrowser fails to start on a display that is not up yet: wait for its socket.
    const up = (async () => {
      for (const until = Date.now() + 15_000; !existsSync(`/tmp/.X11-unix/X${n}`); ) {
        if (Date.now() > until) throw new Error(`Xvfb :${n} did not start within 15 s`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    })();
    await Promise.race([up, xvfb.ended]);
    const port = await freePort();
    const driver = start('WebKitWebDriver', [`--port=${port}`], { DISPLAY: `:${n}` });
    await Promise.race([listening(port, 15_000), driver.ended]);
    return port;
  })();
  return webkitServer;
}

function missing(engine, what) {
  throw new Error(`${engine}: ${what} is not installed. Install the three engines with \`${install}\`, or run fewer with CTKIT_ENGINES=chromium.`);
}

/** The launchers for CTKIT_ENGINES (default: all three), each failing loudly if its browser is missing. */
export function engines() {
  const wanted = (process.env.CTKIT_ENGINES ?? engineNames.join(',')).split(',').map((name) => name.trim()).filter(Boolean);
  for (const name of wanted) if (!engineNames.includes(name)) throw new Error(`CTKIT_ENGINES: unknown engine "${name}" (use ${engineNames.join(', ')})`);
  return wanted.map((name) => {
    if (name === 'chromium') {
      return chromeLauncher({ launchOptions: { executablePath: chromiumPath(), headless: true, args: chromiumArgs } });
    }
    if (name === 'firefox') {
      if (!existsSync('/usr/bin/firefox-esr')) missing('firefox', 'firefox-esr');
      return puppeteerLauncher({
        launchOptions: {
          browser: 'firefox',
          executablePath: '/usr/bin/firefox-esr',
          headless: true,
          // Nothing but localhost, as in Chromium.
          extraPrefsFirefox: { 'network.proxy.type': 0, 'browser.safebrowsing.malware.enabled': false, 'browser.safebrowsing.phishing.enabled': false },
        },
      });
    }
    if (!existsSync(miniBrowser) || !existsSync('/usr/bin/WebKitWebDriver') || !existsSync('/usr/bin/Xvfb')) missing('webkit', 'webkit2gtk-driver or xvfb');
    const options = {
      automationProtocol: 'webdriver',
      hostname: '127.0.0.1',
      // Set to the driver's port once it has started (below).
      port: 0,
      path: '/',
      logLevel: 'error',
      capabilities: {
        browserName: 'MiniBrowser',
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': { binary: miniBrowser, args: ['--automation', '--javascript-can-open-windows-automatically=true'] },
      },
    };
    const launcher = webdriverLauncher(options);
    // Start the driver before the launcher's first session.
    const initialize = launcher.initialize.bind(launcher);
    launcher.initialize = async (...args) => {
      options.port = await webkitDriver();
      return initialize(...args);
    };
    return launcher;
  });
}

/**
 * `press-chord` ({ keys: ['Shift', 'Tab'] }): holds the first keys while the last is pressed, in
 * every engine (@web/test-runner-commands' `down`/`up` are not in its WebDriver launcher).
 */
export function chordPlugin() {
  return {
    name: 'ctkit-press-chord',
    async executeCommand({ command, payload, session }) {
      if (command !== 'press-chord') return undefined;
      const keys = payload.keys;
      if (session.browser.type === 'webdriver') {
        await session.browser.sendKeys(session.id, keys);
        return true;
      }
      const page = session.browser.getPage(session.id);
      for (const key of keys.slice(0, -1)) await page.keyboard.down(key);
      await page.keyboard.press(keys.at(-1));
      for (const key of keys.slice(0, -1).reverse()) await page.keyboard.up(key);
      return true;
    },
  };
}

/**
 * `/__slow/<path>`: answers after 3 s with a redirect to `/<path>`, a page that is slow to
 * arrive (what the quick exit's "Leave now" link is for), the same in every engine.
 */
export function slowMiddleware(context, next) {
  if (!context.path.startsWith('/__slow/')) return next();
  return new Promise((resolve) => setTimeout(resolve, 3000)).then(() => {
    context.redirect(context.path.slice('/__slow'.length));
  });
}
