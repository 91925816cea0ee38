// examples/plain-html/: all six components in a plain page served with a strict
// Content-Security-Policy and Trusted Types (scripts/wtr-page-check.mjs), opened in its own
// tab as an integrator's page would be.
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { itCan } from './engine.js';
import { axeTags } from './axe.js';

interface PageCheck {
  policy: string | null;
  violations: string[];
  writes: string[];
  counts: Record<string, number>;
  interaction: { ticked: number; step: string; query: string } | null;
  pages: number | null;
  consoleErrors: string[];
  consoleWarnings: string[];
  exitInReach: boolean | null;
  pageErrors: string[];
  requests: string[];
  origin: string;
  scrollWidth: number;
  height: number;
  storage: number;
  cookie: string;
  text: string;
  links: string[];
  visibleTel: string[];
  shadowRoots: string[];
  roots: string[];
  axe: string[] | null;
}

/**
 * Requests that are neither the page's nor ctkit's: the test server's web socket (its script and
 * `/wds`), and the browser's own request for the site's icon (Firefox asks for it). A `data:`
 * address (Firefox's own font) is no request at all and is not listed by the check.
 */
const testServerAndBrowser = ['/__web-dev-server__web-socket.js', '/wds', '/favicon.ico'];
const check = (payload: object) => executeServerCommand<PageCheck, object>('check-page', payload);
const strictCsp = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";
const tags = ['ctk-quick-exit', 'ctk-helpline-banner', 'ctk-indicator-checklist', 'ctk-referral-flowchart', 'ctk-guidance-card', 'ctk-contact-directory'];

describe('examples/plain-html under a strict CSP with Trusted Types', () => {
  it('renders all six components with no violation, error, foreign request, storage or cookie, and axe finds nothing', async () => {
    const result = await check({ path: '/examples/plain-html/index.html', interact: true, axe: axeTags });
    expect(result.policy, 'the page ran under the strict policy').to.equal(strictCsp);
    expect([...result.shadowRoots].sort()).to.deep.equal([...tags].sort());
    // The reader ticked a sign, answered a question and searched: the checks below come after.
    expect(result.interaction).to.deep.equal({ ticked: 1, step: 'Call 999 now', query: 'duty manager' });
    expect(result.violations, 'CSP or Trusted Types violations').to.deep.equal([]);
    expect(result.consoleErrors, 'console errors').to.deep.equal([]);
    expect(result.pageErrors, 'uncaught errors').to.deep.equal([]);
    // The test server adds its own web socket script to every HTML page it serves. ctkit's own
    // files are its CDN folder: ctkit.min.js and the chunks it loads for the tags on the page.
    const own = ['/examples/plain-html/', '/packages/elements/dist/cdn/ctkit.min.js', '/packages/elements/dist/cdn/chunks/', ...testServerAndBrowser];
    const foreign = result.requests.filter((url) => !own.some((path) => url.startsWith(`${result.origin}${path}`)));
    expect(foreign, 'requests beyond the page and its own files').to.deep.equal([]);
    // The requests were seen at all: the page's own script is among them.
    expect(result.requests.some((url) => url.endsWith('/packages/elements/dist/cdn/ctkit.min.js')), 'ctkit.min.js was requested').to.equal(true);
    expect(result.writes, 'storage, cookie, IndexedDB or beacon calls').to.deep.equal([]);
    expect(result.storage).to.equal(0);
    expect(result.cookie).to.equal('');
    expect(result.axe).to.deep.equal([]);
    // What the reader came for.
    expect(result.links).to.include('tel:+448000121700').and.include('tel:999').and.include('tel:+441632960555');
  });

  it("switches every element to Arabic from the page's language menu: right to left, under the same policy, nothing sent", async () => {
    const result = await check({ path: '/examples/plain-html/index.html', locale: 'ar', interact: true, axe: axeTags, width: 320 });
    expect([...result.roots].sort()).to.deep.equal(tags.map((tag) => `${tag} ar rtl`).sort());
    expect(result.interaction).to.deep.equal({ ticked: 1, step: 'Call 999 now', query: 'duty manager' });
    expect(result.violations, 'CSP or Trusted Types violations').to.deep.equal([]);
    expect(result.consoleErrors, 'console errors').to.deep.equal([]);
    expect(result.pageErrors, 'uncaught errors').to.deep.equal([]);
    // The locale is one more file of the page's own, beside ctkit.min.js.
    const own = ['/examples/plain-html/', '/packages/elements/dist/cdn/ctkit.min.js', '/packages/elements/dist/cdn/chunks/', '/packages/elements/dist/cdn/ctkit-ar.min.js', ...testServerAndBrowser];
    expect(result.requests.filter((url) => !own.some((path) => url.startsWith(`${result.origin}${path}`)))).to.deep.equal([]);
    expect(result.requests).to.include(`${result.origin}/packages/elements/dist/cdn/ctkit-ar.min.js`);
    expect(result.writes).to.deep.equal([]);
    expect(result.axe).to.deep.equal([]);
    expect(result.scrollWidth).to.be.at.most(320);
    expect(result.links).to.include('tel:+448000121700').and.include('tel:999');
  });

  itCan('printMedia', '"Print my notes" prints one page: the ticked sign and the date, no blank pages after', async () => {
    const result = await check({ path: '/examples/plain-html/index.html', interact: true, printNotes: true, pdf: true });
    expect(result.interaction?.ticked).to.equal(1);
    expect(result.pages).to.equal(1);
  });

  it('keeps the quick exit in reach on a phone after the reader scrolls to the end, with no warning', async () => {
    const result = await check({ path: '/examples/plain-html/index.html', width: 375, scrollToEnd: true });
    expect(result.exitInReach).to.equal(true);
    expect(result.consoleWarnings).to.deep.equal([]);
  });

  it('shows the help in Welsh, the dataset included, when the reader picks Cymraeg', async () => {
    const result = await check({ path: '/examples/plain-html/index.html', locale: 'cy' });
    expect([...result.roots].sort()).to.deep.equal(tags.map((tag) => `${tag} cy ltr`).sort());
    // A UI string, and the title of the signs to look for (from the dataset), in Welsh.
    for (const text of ['Gadael y dudalen hon', 'Arwyddion i chwilio amdanynt']) expect(result.text.includes(text), text).to.equal(true);
    expect(result.consoleErrors).to.deep.equal([]);
  });

  it('needs no sideways scrolling at 320 CSS px, before and after the reader acts', async () => {
    const before = await check({ path: '/examples/plain-html/index.html', width: 320 });
    expect(before.scrollWidth).to.be.at.most(320);
    // "What to do next", an end of the flow and search results, at 320 px.
    const after = await check({ path: '/examples/plain-html/index.html', width: 320, interact: true });
    expect(after.interaction?.step).to.equal('Call 999 now');
    expect(after.scrollWidth).to.be.at.most(320);
  });
});

describe('examples/server-rendered (from @ctkit/elements/ssr.js)', () => {
  itCan('javaScriptOff', 'shows every component from the HTML alone: the numbers as tel: links, the referral flow and the quick exit link', async () => {
    const result = await check({ path: '/examples/server-rendered/index.html', javaScript: false });
    expect(result.policy).to.contain("require-trusted-types-for 'script'");
    expect([...result.shadowRoots].sort()).to.deep.equal([...tags].sort());
    expect(result.consoleErrors, 'console errors (a blocked style would be one)').to.deep.equal([]);
    expect(result.links).to.include('tel:+448000121700').and.include('tel:999').and.include('tel:101');
    // The whole referral flow, drawn, since its buttons cannot work without script.
    for (const text of ['Is anyone in immediate danger?', 'Make an NRM referral online']) expect(result.text.includes(text), text).to.equal(true);
    // The quick exit is a plain link to its neutral page.
    expect(result.links).to.include('https://www.bbc.co.uk/weather');
    // The checklist's signs and the guidance read too.
    expect(result.text.includes('separate them from anyone who is with them'), 'a guidance item').to.equal(true);
  });

  it('is hydrated, not rendered twice, when JavaScript runs, under its own strict policy', async () => {
    const result = await check({
      path: '/examples/server-rendered/index.html',
      axe: axeTags,
      interact: true,
      count: ['ctk-helpline-banner [part="base"]', 'ctk-referral-flowchart [part="title"]', 'ctk-quick-exit a, ctk-quick-exit button'],
    });
    expect(result.policy).to.contain("style-src 'self' 'sha256-");
    expect(result.violations).to.deep.equal([]);
    expect(result.consoleErrors).to.deep.equal([]);
    expect(result.pageErrors).to.deep.equal([]);
    expect(result.axe).to.deep.equal([]);
    // Each shadow root holds one render: one helpline banner, one flow title.
    expect(result.counts).to.deep.include({ 'ctk-helpline-banner [part="base"]': 1, 'ctk-referral-flowchart [part="title"]': 1, 'ctk-quick-exit a, ctk-quick-exit button': 1 });
    // The guided view took over from the server's whole flow, and the reader's answer counted.
    expect(result.interaction?.step).to.equal('Call 999 now');
  });
});

describe('examples/server-rendered/cy.html (renderHtml(markup, { locale: "cy" }))', () => {
  itCan('javaScriptOff', 'reads in Welsh with JavaScript off: the UI and the dataset, every element marked cy', async () => {
    const result = await check({ path: '/examples/server-rendered/cy.html', javaScript: false });
    expect([...result.shadowRoots].sort()).to.deep.equal([...tags].sort());
    expect([...result.roots].sort()).to.deep.equal(tags.map((tag) => `${tag} cy ltr`).sort());
    // UI strings ("Leave this page", "In an emergency, call…") and the dataset's text (the signs' title, the first question).
    for (const text of ['Gadael y dudalen hon', 'Mewn argyfwng, ffoniwch', 'Arwyddion i chwilio amdanynt', 'A oes unrhyw un mewn perygl uniongyrchol?']) expect(result.text.includes(text), text).to.equal(true);
    for (const text of ['Leave this page', 'In an emergency, call', 'Signs to look for']) expect(result.text.includes(text), text).to.equal(false);
    expect(result.links).to.include('tel:+448000121700').and.include('tel:999');
    expect(result.consoleErrors).to.deep.equal([]);
  });

  it('hydrates in Welsh, not rendered twice and with no mismatch, under its strict policy', async () => {
    const result = await check({
      path: '/examples/server-rendered/cy.html',
      axe: axeTags,
      count: ['ctk-helpline-banner [part="base"]', 'ctk-referral-flowchart [part="title"]', 'ctk-quick-exit a, ctk-quick-exit button'],
    });
    expect(result.violations).to.deep.equal([]);
    // Hydrating in English over Welsh markup would log Lit's mismatch errors.
    expect(result.consoleErrors).to.deep.equal([]);
    expect(result.pageErrors).to.deep.equal([]);
    expect(result.axe).to.deep.equal([]);
    expect([...result.roots].sort()).to.deep.equal(tags.map((tag) => `${tag} cy ltr`).sort());
    expect(result.counts).to.deep.include({ 'ctk-helpline-banner [part="base"]': 1, 'ctk-referral-flowchart [part="title"]': 1, 'ctk-quick-exit a, ctk-quick-exit button': 1 });
    expect(result.text.includes('Gadael y dudalen hon')).to.equal(true);
    expect(result.text.includes('Leave this page')).to.equal(false);
    // The Welsh locale file was the only one loaded beside ctkit's own.
    expect(result.requests.some((url) => url.endsWith('/packages/elements/dist/cdn/ctkit-cy.min.js'))).to.equal(true);
  });
});

describe('examples/safeguarding-card', () => {
  const mm = 96 / 25.4;

  itCan('printMedia', 'prints on one side of A4: the central contact, the helplines and the referral steps, every number visible', async () => {
    // A4 inside the card's 10 mm margins: 190 mm by 277 mm.
    const result = await check({ path: '/examples/safeguarding-card/index.html', width: Math.floor(190 * mm), media: 'print', pdf: true });
    expect(result.policy).to.equal(strictCsp);
    expect(result.violations).to.deep.equal([]);
    expect(result.pages, 'pages when printed to A4').to.equal(1);
    expect(result.consoleErrors).to.deep.equal([]);
    expect(result.height, 'height in CSS px').to.be.below(277 * mm);
    // Your central point of contact, the helpline, 999, and every number the flow names.
    expect(result.visibleTel).to.include('tel:+441632960555').and.include('tel:+448000121700').and.include('tel:999').and.include('tel:101');
    for (const text of ['Tell first', 'Duty manager, Riverside Hotel', 'Is anyone in immediate danger?']) expect(result.text.includes(text), text).to.equal(true);
  });

  it('reads on screen too: axe finds nothing', async () => {
    const result = await check({ path: '/examples/safeguarding-card/index.html', axe: axeTags, width: 375 });
    expect(result.axe).to.deep.equal([]);
    expect(result.scrollWidth).to.be.at.most(375);
  });
});
