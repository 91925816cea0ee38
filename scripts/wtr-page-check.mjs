// Test-runner plugin for whole example pages (examples/): serves them with a strict
// Content-Security-Policy, and gives tests a `check-page` server command that opens a page in
// a fresh tab of the test browser (in WebKit, a frame of the test page) and reports what a reader and a security reviewer would
// see: CSP and Trusted Types violations, console errors, uncaught errors, every request, storage
// and cookies, the page's width at a small viewport, axe-core results, and (with JavaScript
// off) what the server-rendered HTML shows.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** The policy of a locked-down intranet page, as issue 9 states it. */
export const strictCsp =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Adds the strict policy to every response under /examples/, but for the server-rendered
 * page, which carries its own (the same, with the hashes of its shadow roots' styles).
 */
export function strictCspMiddleware(context, next) {
  return next().then(() => {
    if (context.path.startsWith('/examples/') && !context.path.startsWith('/examples/server-rendered/')) {
      context.set('Content-Security-Policy', strictCsp);
    }
  });
}

/**
 * What the page records from its first script on (CSP and Trusted Types violations, writes to
 * storage, cookies, IndexedDB and beacons, console errors and warnings, uncaught errors, the
 * resources it fetched), as `window.__probe`. Served as /__ctkit/page-probe.js and put first in
 * the page's head by `probeMiddleware` when the page is asked for with `?ctkit-probe`: a script
 * of the page's own origin, so the strict policy allows it, in every engine.
 */
const probeSource = `(() => {
  const probe = (window.__probe = { violations: [], writes: [], consoleErrors: [], consoleWarnings: [], pageErrors: [], requests: [] });
  document.addEventListener('securitypolicyviolation', (event) => probe.violations.push(event.violatedDirective + ': ' + (event.blockedURI || event.sample)), true);
  const spy = (target, key, label) => {
    const original = target[key];
    target[key] = function (...args) {
      probe.writes.push(label);
      return original.apply(this, args);
    };
  };
  spy(Storage.prototype, 'setItem', 'storage');
  spy(IDBFactory.prototype, 'open', 'indexedDB');
  spy(Navigator.prototype, 'sendBeacon', 'beacon');
  const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie');
  Object.defineProperty(Document.prototype, 'cookie', {
    configurable: true,
    get() { return cookie.get.call(this); },
    set(value) { probe.writes.push('cookie'); cookie.set.call(this, value); },
  });
  for (const [level, list] of [['error', probe.consoleErrors], ['warn', probe.consoleWarnings]]) {
    const original = console[level];
    console[level] = function (...args) {
      list.push(args.map(String).join(' '));
      return original.apply(this, args);
    };
  }
  addEventListener('error', (event) => probe.pageErrors.push(String(event.error ?? event.message)));
  addEventListener('unhandledrejection', (event) => probe.pageErrors.push(String(event.reason)));
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) probe.requests.push(entry.name);
  }).observe({ type: 'resource', buffered: true });
})();`;

/** Serves the probe, and puts it first in an example page asked for with `?ctkit-probe`. */
export async function probeMiddleware(context, next) {
  if (context.path === '/__ctkit/page-probe.js') {
    context.type = 'js';
    context.body = probeSource;
    return;
  }
  await next();
  if (!context.path.startsWith('/examples/') || !('ctkit-probe' in context.query) || !context.response.is('html')) return;
  const chunks = [];
  const body = context.body;
  if (typeof body === 'string') chunks.push(Buffer.from(body));
  else if (Buffer.isBuffer(body)) chunks.push(body);
  else for await (const chunk of body) chunks.push(Buffer.from(chunk));
  const html = Buffer.concat(chunks).toString('utf8');
  context.body = html.replace(/<head>/i, '<head><script src="/__ctkit/page-probe.js"></script>');
}

/**
 * The page, open the same way in every engine: in a tab of its own through puppeteer's page
 * (Chromium, Firefox), or in a frame of the test page through WebDriver (WebKit). `evaluate`
 * runs a function in the page.
 */
async function openPage(session, url, width, javaScriptOff) {
  if (session.browser.type === 'webdriver') {
    // WebKit: a frame of the test page, as wide as asked (a MiniBrowser window cannot be narrower
    // than 447 px, and a second window loses the test runner's session), the driver switched into it.
    const driver = session.browser.driver;
    const remove = () => driver.execute(() => document.getElementById('ctkit-page-check')?.remove());
    await driver.execute(
      (href, w) =>
        new Promise((resolve) => {
          const frame = document.createElement('iframe');
          frame.id = 'ctkit-page-check';
          frame.style.cssText = `width: ${w}px; height: 800px; border: 0; display: block`;
          frame.addEventListener('load', () => resolve(true), { once: true });
          frame.src = href;
          document.body.append(frame);
        }),
      url,
      width,
    );
    // As puppeteer's networkidle0: what loads after the load event (a locale, a contact list).
    await new Promise((resolve) => setTimeout(resolve, 500));
    try {
      await driver.switchFrame(await driver.$('#ctkit-page-check'));
    } catch (error) {
      await remove();
      throw error;
    }
    return {
      native: false,
      evaluate: (fn, ...args) => driver.execute(fn, ...args),
      close: async () => {
        await driver.switchFrame(null);
        await remove();
      },
    };
  }
  const testPage = session.browser.getPage(session.id);
  const page = await testPage.browser().newPage();
  const seen = { consoleErrors: [], consoleWarnings: [], pageErrors: [], requests: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') seen.consoleErrors.push(message.text());
    if (message.type() === 'warn') seen.consoleWarnings.push(message.text());
  });
  page.on('pageerror', (error) => seen.pageErrors.push(String(error)));
  // Network requests (a data: address, such as a browser's built-in font, is none).
  page.on('request', (request) => {
    if (!request.url().startsWith('data:')) seen.requests.push(request.url());
  });
  try {
    await page.setViewport({ width, height: 800 });
    // Only when asked: an engine without it (Firefox's BiDi) still runs every other check.
    if (javaScriptOff) await page.setJavaScriptEnabled(false);
    await page.goto(url, { waitUntil: 'networkidle0' });
  } catch (error) {
    await page.close();
    throw error;
  }
  return { native: true, page, seen, evaluate: (fn, ...args) => page.evaluate(fn, ...args), close: () => page.close() };
}

/** The test server's origin, as the test page sees it. */
async function testOrigin(session) {
  if (session.browser.type === 'webdriver') return new URL(await session.browser.driver.getUrl()).origin;
  return new URL(session.browser.getPage(session.id).url()).origin;
}

/**
 * `check-page` payload: `{ path, width?, javaScript?, locale?, interact?, scrollToEnd?,
 * printNotes?, axe?: string[] (the tags), media?, count?, pdf? }` (`media: 'print'` lays the
 * page out as printed; `count`: "tag selector" strings to count in that tag's shadow roots;
 * `pdf`: also print to A4 and count the pages; JavaScript off, `media` and `pdf` need a
 * puppeteer page). Returns `{ policy, violations, writes, consoleErrors, consoleWarnings,
 * pageErrors, requests, origin, scrollWidth, height, storage, cookie, axe, text, links,
 * visibleTel, shadowRoots, roots, counts, interaction, exitInReach, pages }`.
 */
export function pageCheckPlugin() {
  return {
    name: 'ctkit-page-check',
    async executeCommand({ command, payload, session }) {
      if (command !== 'check-page') return undefined;
      const origin = await testOrigin(session);
      const url = new URL(payload.path, origin);
      url.searchParams.set('ctkit-probe', '');
      // The policy the page is served under: its header, or its <meta>, as the server sends it.
      const served = await fetch(url);
      const policy = served.headers.get('content-security-policy') ?? /http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(await served.text())?.[1] ?? null;
      const needsCdp = payload.javaScript === false || payload.media || payload.pdf;
      if (needsCdp && session.browser.type === 'webdriver') throw new Error('check-page: JavaScript off, print media and PDF need a puppeteer page (capabilities javaScriptOff, printMedia)');
      let interaction = null;
      let tab;
      try {
        tab = await openPage(session, url.href, payload.width ?? 1024, payload.javaScript === false);
        if (payload.media) await tab.page.emulateMediaType(payload.media);
        if (payload.javaScript !== false) {
          // Every ctkit element upgraded and rendered.
          await tab.evaluate(async () => {
            const elements = [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('ctk-'));
            await Promise.all(elements.map(async (el) => {
              await customElements.whenDefined(el.localName);
              await el.updateComplete;
            }));
          });
          if (payload.locale) {
            // The reader picks a language from the page's menu; every element re-renders in it.
            await tab.evaluate(async (locale) => {
              const menu = document.querySelector('#language');
              menu.value = locale;
              menu.dispatchEvent(new Event('change', { bubbles: true }));
              const switched = () => [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('ctk-')).every((el) => el.shadowRoot?.querySelector('[part="base"]')?.getAttribute('lang') === locale);
              for (const until = Date.now() + 5000; !switched(); ) {
                if (Date.now() > until) throw new Error(`the page did not switch to ${locale} within 5 s`);
                await new Promise((resolve) => setTimeout(resolve, 50));
              }
            }, payload.locale);
          }
          if (payload.interact) {
            // What a reader does: tick a sign, answer "Yes" to the first question, search the
            // directory. What each did comes back, so a test knows it happened.
            interaction = await tab.evaluate(async () => {
              const q = (tag) => document.querySelector(tag);
              q('ctk-indicator-checklist').shadowRoot.querySelector('input[type="checkbox"]').click();
              q('ctk-referral-flowchart').shadowRoot.querySelector('[part="answer"]').click();
              const search = q('ctk-contact-directory').shadowRoot.querySelector('input[type="search"]');
              search.value = 'duty manager';
              search.dispatchEvent(new Event('input', { bubbles: true }));
              await new Promise((resolve) => setTimeout(resolve, 200));
              return {
                ticked: q('ctk-indicator-checklist').checked.length,
                step: q('ctk-referral-flowchart').shadowRoot.querySelector('[part="step-title"]')?.textContent,
                query: q('ctk-contact-directory').query,
              };
            });
          }
        }
        let exitInReach = null;
        if (payload.scrollToEnd) {
          // The reader scrolls to the end of the page: is the quick exit still on screen, on top?
          exitInReach = await tab.evaluate(async () => {
            scrollTo(0, document.documentElement.scrollHeight);
            await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
            const exit = document.querySelector('ctk-quick-exit');
            const button = exit?.shadowRoot?.querySelector('[part="button"]');
            if (!button || scrollY === 0) return false;
            const box = button.getBoundingClientRect();
            const hit = exit.shadowRoot.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
            return box.top >= 0 && box.bottom <= innerHeight && button.contains(hit);
          });
        }
        const state = await tab.evaluate((count) => {
          const texts = [];
          const links = [];
          const visibleTel = [];
          const walk = (root) => {
            for (const el of root.querySelectorAll('*')) {
              if (el.localName === 'a' && el.hasAttribute('href')) links.push(el.getAttribute('href'));
              if (el.localName === 'a' && el.getAttribute('href')?.startsWith('tel:') && el.checkVisibility()) visibleTel.push(el.getAttribute('href'));
              if (el.shadowRoot) walk(el.shadowRoot);
            }
            texts.push((root === document ? document.body : root)?.textContent ?? '');
          };
          walk(document);
          return {
            // What the page recorded from its first script on (none with JavaScript off).
            probe: window.__probe ?? null,
            // How many nodes match "tag selector" in the shadow roots of that tag.
            counts: Object.fromEntries(
              count.map((key) => {
                const [tag, ...rest] = key.split(' ');
                const selector = rest.join(' ').replaceAll(`${tag} `, '');
                return [key, [...document.querySelectorAll(tag)].reduce((sum, el) => sum + (el.shadowRoot?.querySelectorAll(selector).length ?? 0), 0)];
              }),
            ),
            scrollWidth: document.documentElement.scrollWidth,
            height: document.body.getBoundingClientRect().height,
            visibleTel,
            storage: localStorage.length + sessionStorage.length,
            cookie: document.cookie,
            text: texts.join(' ').replace(/\s+/g, ' '),
            links,
            shadowRoots: [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('ctk-') && el.shadowRoot).map((el) => el.localName),
            // Each element's root: the language and direction it renders in.
            roots: [...document.querySelectorAll('*')]
              .filter((el) => el.localName.startsWith('ctk-'))
              .map((el) => {
                const base = el.shadowRoot?.querySelector('[part="base"]');
                return `${el.localName} ${base?.getAttribute('lang')} ${base?.getAttribute('dir')}`;
              }),
          };
        }, payload.count ?? []);
        if (payload.printNotes) {
          // "Print my notes" after the reader ticked a sign; the browser's print dialog is the
          // PDF below, so window.print does nothing here.
          await tab.evaluate(async () => {
            window.print = () => {};
            await document.querySelector('ctk-indicator-checklist').printNotes();
          });
        }
        let pages = null;
        if (payload.pdf) {
          // Paged layout, as the browser prints: A4, the page's own @page margins.
          const pdf = Buffer.from(await tab.page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: false }));
          pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
        }
        let axe = null;
        if (payload.axe) {
          // Through DevTools, which a page's policy does not govern. Only violations come back.
          // The caller names the tags (test/axe.ts), so every axe run in the tests runs the same rules.
          if (!Array.isArray(payload.axe)) throw new Error('check-page: give axe the tags to run, e.g. axeTags from test/axe.ts');
          await tab.evaluate(axeSource);
          axe = await tab.evaluate(async (tags) => {
            const result = await window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
            return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
          }, payload.axe);
        }
        const { probe, ...shown } = state;
        // With JavaScript on, a page without its probe would report nothing and pass: never.
        if (payload.javaScript !== false && !probe) throw new Error(`check-page: the probe did not run in ${payload.path} (probeMiddleware, ?ctkit-probe)`);
        // Puppeteer's own listeners where there is a puppeteer page (they hear the browser too), else the probe's.
        const seen = tab.native ? tab.seen : probe;
        return {
          ...shown,
          violations: probe?.violations ?? [],
          writes: probe?.writes ?? [],
          consoleErrors: seen.consoleErrors,
          consoleWarnings: seen.consoleWarnings,
          pageErrors: seen.pageErrors,
          // The probe is the check's, not the page's.
          requests: seen.requests.filter((request) => !request.includes('/__ctkit/page-probe.js') && !request.includes('ctkit-probe')),
          exitInReach,
          origin,
          axe,
          policy,
          interaction,
          pages,
        };
      } finally {
        await tab?.close();
      }
    },
  };
}
