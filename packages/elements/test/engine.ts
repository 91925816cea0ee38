/**
 * The engine a test runs in, and what its test driver can do (docs/testing.md, "Engines").
 * Every browser test runs in Chromium, Firefox and WebKit. A test that needs what an engine's
 * driver cannot do runs where it can, and is reported as skipped elsewhere, naming the
 * capability: `itCan('printMedia', 'prints on one page', …)`. Nothing is skipped silently.
 */
import { emulateMedia, executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';

export type Engine = 'chromium' | 'firefox' | 'webkit';

const agent = navigator.userAgent;
/** This browser's engine: Firefox (Gecko), Chromium (Blink) or WebKit. */
export const engine: Engine = /\bFirefox\//.test(agent) ? 'firefox' : /Chrom(e|ium)\//.test(agent) ? 'chromium' : 'webkit';

/** What a test may need that not every engine's driver does, with the engines that can, and why. */
export const capabilities = {
  printMedia: {
    engines: ['chromium'],
    why: 'print-media emulation is in the Chrome DevTools Protocol only: neither WebDriver BiDi (Firefox) nor WebKitWebDriver has it',
  },
  javaScriptOff: {
    engines: ['chromium'],
    why: 'switching JavaScript off for a page is in the Chrome DevTools Protocol only (the server-rendered output is also checked without JavaScript by the *.nojs tests, in every engine)',
  },
  viewport: {
    engines: ['chromium', 'firefox'],
    why: 'WebKitWebDriver cannot set the viewport, and MiniBrowser windows are no narrower than 447 px (a test that needs a phone\'s width renders in a frame that narrow: narrowFrame)',
  },
} as const satisfies Record<string, { engines: readonly Engine[]; why: string }>;

export type Capability = keyof typeof capabilities;

/** Whether this engine's driver can do `capability`. */
export const can = (capability: Capability): boolean => (capabilities[capability].engines as readonly Engine[]).includes(engine);

/** `it` where this engine can do `capability`; elsewhere a skipped test that says which and why. */
export function itCan(capability: Capability, title: string, fn: Mocha.AsyncFunc): Mocha.Test {
  if (can(capability)) return it(title, fn);
  return it.skip(`${title} [needs ${capability}: ${capabilities[capability].why}]`, fn);
}

/** Back to screen media after a test, where the engine could emulate print; a no-op elsewhere. */
export async function screenMedia(): Promise<void> {
  if (can('printMedia')) await emulateMedia({ media: 'screen' });
}

/** Back to the default 800 × 600 viewport after a test that set one; a no-op where none can be set. */
export async function defaultViewport(): Promise<void> {
  if (can('viewport')) await setViewport({ width: 800, height: 600 });
}

/**
 * Types `text` one key press at a time, in every engine: through WebDriver a typed string loses
 * repeated characters ("555" arrives as "5": WebdriverIO's `keys()` presses every key down, then
 * releases them all).
 */
export async function typeKeys(text: string): Promise<void> {
  for (const key of text) await sendKeys({ press: key });
}

/** Presses the last of `keys` while holding the others (`['Shift', 'Tab']`), in every engine. */
export async function pressChord(keys: readonly string[]): Promise<void> {
  await executeServerCommand('press-chord', { keys });
}

/**
 * A frame `width` CSS px wide holding `body` (with `modules` of `dist/` loaded): a phone's
 * width in every engine, media queries included, where a window cannot be made that narrow
 * (WebKit). Removed by the returned `remove`.
 */
export async function narrowFrame(width: number, body: string, modules: readonly string[]): Promise<{ doc: Document; remove: () => void }> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `width: ${width}px; height: 700px; border: 0; display: block`;
  const scripts = modules.map((m) => `<script type="module" src="${new URL(`../dist/${m}`, import.meta.url).href}"></script>`).join('');
  frame.srcdoc = `<!doctype html><html lang="en-GB"><head><meta charset="utf-8">${scripts}</head><body style="margin: 0">${body}</body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return { doc: frame.contentDocument!, remove: () => frame.remove() };
}
