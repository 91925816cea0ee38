// A `match-screenshot` command for @web/test-runner: takes a screenshot of one element of the
// test page and compares it with the reference image committed beside the tests for the engine
// it runs in (packages/elements/test/screenshots/<engine>/<name>.png: each engine draws text
// its own way), pixel by pixel with pixelmatch. And a `decode-qr` command: the text of the QR
// code in a screenshot of one element, read with jsQR, as a phone's camera would.
// (@web/test-runner-visual-regression does the same but needs Node 22.)
//
// - UPDATE_SCREENSHOTS=1: the screenshot becomes the reference (the only way one is written).
// - No reference: the test fails (a missing file must not pass without comparing anything).
// - Otherwise the test fails when more than 0.5% of the pixels differ noticeably (anti-aliasing
//   is ignored; a Chromium or font update can shift a few pixels, a layout change shifts many).
//   The new screenshot and a diff are written to test/screenshots/failed/ (git-ignored).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import jsQR from 'jsqr';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { engineOf } from './wtr-engines.mjs';

const folder = 'packages/elements/test/screenshots';
const tolerance = 0.005;

/** A PNG of the element `selector` matches, in the session's engine. */
async function elementShot(session, selector) {
  if (session.browser.type === 'webdriver') {
    // WebKit (one session at a time, so the test page is the window): the window's
    // screenshot, cut to the element's box. WebKitWebDriver's own element screenshot paints
    // black what is not in the window; so is anything below the window here, which a test
    // avoids by scrolling its element's top to the window's top.
    const driver = session.browser.driver;
    const box = await driver.execute(
      `const r = document.querySelector(${JSON.stringify(selector)})?.getBoundingClientRect();
       return r && { x: r.left, y: r.top, width: r.width, height: Math.min(r.height, innerHeight - r.top), scale: devicePixelRatio };`,
    );
    if (!box) throw new Error(`screenshot: nothing matches ${selector}`);
    const window = PNG.sync.read(Buffer.from(await driver.takeScreenshot(), 'base64'));
    const [x, y, width, height] = [box.x, box.y, box.width, box.height].map((v) => Math.round(v * box.scale));
    const cut = new PNG({ width, height });
    PNG.bitblt(window, cut, x, y, Math.min(width, window.width - x), Math.min(height, window.height - y), 0, 0);
    return PNG.sync.write(cut);
  }
  const page = session.browser.getPage(session.id);
  const element = await page.$(selector);
  if (!element) throw new Error(`screenshot: nothing matches ${selector}`);
  return element.screenshot({ type: 'png' });
}

export function screenshotPlugin() {
  return {
    name: 'match-screenshot',
    async executeCommand({ command, payload, session }) {
      if (command === 'decode-qr') {
        // A QR code as a phone would read it: from a screenshot of the element, with jsQR.
        const shot = PNG.sync.read(Buffer.from(await elementShot(session, payload.selector)));
        return { data: jsQR(new Uint8ClampedArray(shot.data), shot.width, shot.height)?.data ?? null };
      }
      if (command !== 'match-screenshot') return undefined;
      const { selector } = payload;
      if (!/^[\w-]+(\/[\w-]+)*$/.test(payload.name)) throw new Error(`match-screenshot: bad name "${payload.name}"`);
      // Each engine draws text its own way: one set of references per engine.
      const name = `${engineOf(session.browser.name)}/${payload.name}`;
      const shot = await elementShot(session, selector);
      const reference = join(folder, `${name}.png`);
      if (process.env.UPDATE_SCREENSHOTS) {
        mkdirSync(dirname(reference), { recursive: true });
        writeFileSync(reference, shot);
        return { written: reference };
      }
      const out = join(folder, 'failed', name);
      const failed = (why) => {
        mkdirSync(dirname(out), { recursive: true });
        writeFileSync(`${out}.png`, shot);
        return { failed: `${reference}: ${why}; the new screenshot is ${out}.png (UPDATE_SCREENSHOTS=1 accepts it)` };
      };
      if (!existsSync(reference)) return failed('no reference image');
      const actual = PNG.sync.read(Buffer.from(shot));
      const expected = PNG.sync.read(readFileSync(reference));
      if (actual.width !== expected.width || actual.height !== expected.height) {
        return failed(`size ${actual.width}×${actual.height}, expected ${expected.width}×${expected.height}`);
      }
      const diff = new PNG({ width: actual.width, height: actual.height });
      const differing = pixelmatch(actual.data, expected.data, diff.data, actual.width, actual.height, { threshold: 0.2 });
      const share = differing / (actual.width * actual.height);
      if (share <= tolerance) return { differing, share };
      const result = failed(`${differing} pixels (${(share * 100).toFixed(2)}%) differ`);
      writeFileSync(`${out}-diff.png`, PNG.sync.write(diff));
      return result;
    },
  };
}
