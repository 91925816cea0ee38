// Test-runner plugin for whole example pages (examples/): serves them with a strict
// Content-Security-Policy, and gives tests a `check-page` server command that opens a page in
// a fresh tab of the test browser and reports what a reader and a security reviewer would
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
 * `check-page` payload: `{ path, width?, javaScript?, interact?, axe?: string[] (the tags), media?, count?, pdf? }`
 * (`media: 'print'` lays the page out as printed; `count`: "tag selector" strings to count in
 * that tag's shadow roots; `pdf`: also print to A4 and count the pages). Returns
 * `{ policy, violations, writes, consoleErrors, pageErrors, requests, origin, scrollWidth,
 * height, storage, cookie, axe, text, links, visibleTel, shadowRoots, counts, interaction,
 * pages }`.
 */
export function pageCheckPlugin() {
  return {
    name: 'ctkit-page-check',
    async executeCommand({ command, payload, session }) {
      if (command !== 'check-page') return undefined;
      const testPage = session.browser.getPage(session.id);
      const origin = new URL(testPage.url()).origin;
      const page = await testPage.browser().newPage();
      const consoleErrors = [];
      const consoleWarnings = [];
      let interaction = null;
      const pageErrors = [];
      const requests = [];
      try {
        page.on('console', (message) => {
          if (message.type() === 'error') consoleErrors.push(message.text());
          if (message.type() === 'warn') consoleWarnings.push(message.text());
        });
        page.on('pageerror', (error) => pageErrors.push(String(error)));
        // Network requests (a data: address, such as a browser's built-in font, is none).
        page.on('request', (request) => {
          if (!request.url().startsWith('data:')) requests.push(request.url());
        });
        await page.setViewport({ width: payload.width ?? 1024, height: 800 });
        // Only when asked: an engine without it (Firefox's BiDi) still runs every other check.
        if (payload.javaScript === false) await page.setJavaScriptEnabled(false);
        // Before any of the page's own scripts: record violations (CSP and Trusted Types), and
        // every write to storage, cookies or IndexedDB, and every beacon.
        await page.evaluateOnNewDocument(() => {
          window.__violations = [];
          window.__writes = [];
          document.addEventListener(
            'securitypolicyviolation',
            (event) => window.__violations.push(`${event.violatedDirective}: ${event.blockedURI || event.sample}`),
            true,
          );
          const spy = (target, key, label) => {
            const original = target[key];
            target[key] = function (...args) {
              window.__writes.push(label);
              return original.apply(this, args);
            };
          };
          spy(Storage.prototype, 'setItem', 'storage');
          spy(IDBFactory.prototype, 'open', 'indexedDB');
          spy(Navigator.prototype, 'sendBeacon', 'beacon');
          const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie');
          Object.defineProperty(Document.prototype, 'cookie', {
            configurable: true,
            get() {
              return cookie.get.call(this);
            },
            set(value) {
              window.__writes.push('cookie');
              cookie.set.call(this, value);
            },
          });
        });
        const response = await page.goto(`${origin}${payload.path}`, { waitUntil: 'networkidle0' });
        // The policy the page runs under: its header, or its <meta> (with JavaScript off, read from the HTML).
        const policy = response.headers()['content-security-policy'] ?? /http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(await response.text())?.[1] ?? null;
        if (payload.media) await page.emulateMediaType(payload.media);
        if (payload.javaScript !== false) {
          // Every ctkit element upgraded and rendered.
          await page.evaluate(async () => {
            const elements = [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('ctk-'));
            await Promise.all(elements.map(async (el) => {
              await customElements.whenDefined(el.localName);
              await el.updateComplete;
            }));
          });
          if (payload.locale) {
            // The reader picks a language from the page's menu; every element re-renders in it.
            await page.select('#language', payload.locale);
            await page.waitForFunction(
              (locale) => [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('ctk-')).every((el) => el.shadowRoot?.querySelector('[part="base"]')?.getAttribute('lang') === locale),
              { timeout: 5000 },
              payload.locale,
            );
          }
          if (payload.interact) {
            // What a reader does: tick a sign, answer "Yes" to the first question, search the
            // directory. What each did comes back, so a test knows it happened.
            interaction = await page.evaluate(async () => {
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
          exitInReach = await page.evaluate(async () => {
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
        const state = await page.evaluate((count) => {
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
            violations: window.__violations ?? [],
            writes: window.__writes ?? [],
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
          await page.evaluate(async () => {
            window.print = () => {};
            await document.querySelector('ctk-indicator-checklist').printNotes();
          });
        }
        let pages = null;
        if (payload.pdf) {
          // Paged layout, as the browser prints: A4, the page's own @page margins.
          const pdf = Buffer.from(await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: false }));
          pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
        }
        let axe = null;
        if (payload.axe) {
          // Through DevTools, which a page's policy does not govern. Only violations come back.
          // The caller names the tags (test/axe.ts), so every axe run in the tests runs the same rules.
          if (!Array.isArray(payload.axe)) throw new Error('check-page: give axe the tags to run, e.g. axeTags from test/axe.ts');
          await page.evaluate(axeSource);
          axe = await page.evaluate(async (tags) => {
            const result = await window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
            return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
          }, payload.axe);
        }
        return { ...state, consoleErrors, consoleWarnings, exitInReach, pageErrors, requests, origin, axe, policy, interaction, pages };
      } finally {
        await page.close();
      }
    },
  };
}
