// The "Get the code" page of the built Storybook (storybook-static/), driven in Debian Chromium
// as a web editor would use it: pick components, make a mistake in a contact and see it named
// beside the field, enter the contact, copy the snippet, download the zip, unzip it (with
// Python's zipfile, not our code) into a blank site, paste the snippet into a blank page served
// under the plain-html example's strict Content-Security-Policy, and find the chosen components
// showing that contact first and the national numbers after it.
// Run after `storybook build` (pnpm test:storybook).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { serve } from '../local-browser.mjs';
import { chromiumArgs } from '../wtr-engines.mjs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const a11yTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

const built = fileURLToPath(new URL('../../storybook-static/', import.meta.url));
const policy = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";
const lead = { name: 'Safeguarding lead, Riverside Hotel', role: 'Call first if you are worried about a guest or a colleague.', phone: '01632 960018', tel: 'tel:+441632960018', source: 'https://example.org/handbook' };

/** The `tel:` links under `selector`, through shadow roots, in document order. */
const telsIn = (selector) => {
  const links = [];
  const walk = (root) => {
    for (const el of root.querySelectorAll('*')) {
      if (el.matches('a[href^="tel:"]')) links.push(el.getAttribute('href'));
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  const host = document.querySelector(selector);
  if (host?.shadowRoot) walk(host.shadowRoot);
  return links;
};

test('an editor gets a working page from the Get the code page', { timeout: 180_000 }, async () => {
  assert.ok(existsSync(join(built, 'iframe.html')), 'storybook-static/ is built (storybook build)');
  const work = mkdtempSync(join(tmpdir(), 'ctkit-get-the-code-'));
  const downloads = join(work, 'downloads');
  const site = join(work, 'site');
  const docs = await serve({}, built);
  const browser = await puppeteer.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', headless: true, args: chromiumArgs });
  let blank;
  try {
    const base = `http://127.0.0.1:${docs.address().port}`;
    await browser.defaultBrowserContext().overridePermissions(base, ['clipboard-read', 'clipboard-write', 'clipboard-sanitized-write']);
    const page = await browser.newPage();
    const cdp = await page.createCDPSession();
    await cdp.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: downloads });
    await page.goto(`${base}/iframe.html?id=get-the-code--get-the-code&viewMode=story`, { waitUntil: 'load' });
    const field = (id) => page.waitForSelector(`pierce/#${id}`);

    // Components: the banner and the directory are on by default; add the checklist.
    await (await field('checklist')).click();
    await page.waitForSelector('pierce/#checklist-sector');
    await page.select('pierce/#checklist-sector', 'hospitality');

    // A contact, with a mistake first: a number that cannot be dialled is named beside its field.
    await (await field('c0-name')).type(lead.name);
    await (await field('c0-role')).type(lead.role);
    await (await field('c0-phone')).type('12');
    await (await field('c0-source')).type(lead.source);
    const phoneError = await page.waitForSelector('pierce/#c0-phone-error-0');
    assert.match(await phoneError.evaluate((el) => el.textContent), /E\.164|phone/i);
    assert.equal(await (await field('c0-phone')).evaluate((el) => el.getAttribute('aria-invalid')), 'true');
    // Copying now is refused, and says why: a snippet without the contacts would be the wrong page.
    await (await field('copy')).click();
    await page.waitForFunction(() => /mistake/.test(document.querySelector('ctkit-get-the-code').shadowRoot.querySelector('#status').textContent));
    await (await field('c0-phone')).click({ count: 3 });
    await page.keyboard.press('Backspace');
    await (await field('c0-phone')).type(lead.phone);
    await page.waitForFunction(() => !document.querySelector('ctkit-get-the-code').shadowRoot.querySelector('#c0-phone-error-0'));

    // The page itself passes axe with the WCAG 2.2 A and AA rules (the accessibility panel's).
    await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
    const violations = await page.evaluate(async (tags) => (await window.axe.run(document, { runOnly: { type: 'tag', values: tags } })).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join('; ')}`), a11yTags);
    assert.deepEqual(violations, [], 'axe finds nothing on the Get the code page');

    // Copy the snippet, as the editor would, and read it back from the clipboard.
    await (await field('copy')).click();
    await page.waitForFunction(() => /copied|selected/.test(document.querySelector('ctkit-get-the-code').shadowRoot.querySelector('#status').textContent));
    const snippet = await page.evaluate(() => navigator.clipboard.readText());
    assert.match(snippet, /<script type="module" src="\/assets\/ctkit\/ctkit\.min\.js"><\/script>/);
    assert.match(snippet, /<ctk-contact-directory extra-src="\/assets\/ctkit\/our-contacts\.json">/);
    assert.doesNotMatch(snippet, /<script(?![^>]*\bsrc=)[^>]*>/, 'no inline script');

    // Download the zip and unzip it into a blank site.
    await (await field('download')).click();
    const zipFile = join(downloads, 'ctkit-files.zip');
    for (let waited = 0; !existsSync(zipFile) && waited < 60_000; waited += 250) await new Promise((resolve) => setTimeout(resolve, 250));
    assert.ok(existsSync(zipFile), 'the zip was downloaded');
    execFileSync('python3', ['-m', 'zipfile', '-e', zipFile, site]);
    const files = readdirSync(join(site, 'assets/ctkit'));
    for (const file of ['ctkit.min.js', 'chunks', 'ctkit-cy.min.js', 'our-contacts.json']) assert.ok(files.includes(file), `assets/ctkit/${file} is in the zip`);
    for (const file of ['snippet.html', 'example.html', 'READ-ME-FIRST.txt']) assert.ok(existsSync(join(site, file)), `${file} is in the zip`);

    // The editor's page: blank, with the snippet pasted in, under the strict policy.
    writeFileSync(join(site, 'index.html'), `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Our help page</title></head><body><h1>If you are worried</h1>\n${snippet}\n</body></html>`);
    blank = await serve({}, site, { 'content-security-policy': policy });
    const editorPage = await browser.newPage();
    const problems = [];
    // Every file the page asks for is in the zip (the browser's own favicon request aside).
    editorPage.on('response', (response) => response.status() >= 400 && !response.url().endsWith('/favicon.ico') && problems.push(`${response.status()} ${response.url()}`));
    editorPage.on('console', (message) => message.type() === 'error' && !message.text().startsWith('Failed to load resource') && problems.push(message.text()));
    editorPage.on('pageerror', (error) => problems.push(String(error)));
    await editorPage.evaluateOnNewDocument(() => document.addEventListener('securitypolicyviolation', (event) => console.error(`CSP: ${event.violatedDirective} ${event.blockedURI}`)));
    await editorPage.goto(`http://127.0.0.1:${blank.address().port}/index.html`, { waitUntil: 'load' });
    const links = (selector) => editorPage.evaluate(telsIn, selector);
    for (let waited = 0; waited < 20_000; waited += 250) {
      const [banner, directory] = await Promise.all([links('ctk-helpline-banner'), links('ctk-contact-directory')]);
      if (banner.includes(lead.tel) && directory.includes(lead.tel)) break;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }

    const banner = await links('ctk-helpline-banner');
    assert.equal(banner[0], lead.tel, `the banner shows the contact first: ${banner.join(', ')}`);
    assert.ok(banner.indexOf('tel:999') > 0, `and 999 after it: ${banner.join(', ')}`);
    const directory = await links('ctk-contact-directory');
    assert.equal(directory[0], lead.tel, `the directory lists the contact first: ${directory.slice(0, 4).join(', ')}`);
    assert.ok(directory.indexOf('tel:999') > 0 && directory.indexOf('tel:+448000121700') > 0, 'and the national numbers after it');

    // The checklist's "What to do next", once a sign is ticked: 999 for danger first, then the
    // contact (your procedure), then the national helpline.
    await editorPage.evaluate(() => document.querySelector('ctk-indicator-checklist').shadowRoot.querySelector('input[type="checkbox"]').click());
    await editorPage.waitForFunction(() => !!document.querySelector('ctk-indicator-checklist').shadowRoot.querySelector('[part="next"]'));
    const next = await editorPage.evaluate(() => [...document.querySelector('ctk-indicator-checklist').shadowRoot.querySelectorAll('[part="next"] a[href^="tel:"]')].map((a) => a.getAttribute('href')));
    assert.deepEqual(next, ['tel:999', lead.tel, 'tel:+448000121700'], "the checklist's next steps: 999, the contact, the helpline");
    assert.deepEqual(problems, [], 'no error or policy violation on the page');
  } finally {
    await browser.close();
    docs.close();
    blank?.close();
    rmSync(work, { recursive: true, force: true });
  }
});
