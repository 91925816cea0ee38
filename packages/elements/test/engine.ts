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
    why: 'WebKitWebDriver cannot set the viewport, and MiniBrowser windows are no narrower than 447 px (tests that only need a narrow box use an element or iframe width instead)',
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
 * Types `text` one key press at a time, in every engine: WebKitWebDriver drops a repeated
 * character from a typed string ("555" arrives as "5").
 */
export async function typeKeys(text: string): Promise<void> {
  for (const key of text) await sendKeys({ press: key });
}

/** Presses the last of `keys` while holding the others (`['Shift', 'Tab']`), in every engine. */
export async function pressChord(keys: readonly string[]): Promise<void> {
  await executeServerCommand('press-chord', { keys });
}
