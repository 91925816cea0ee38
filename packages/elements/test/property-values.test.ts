// Careless and hostile property values: every property of every element, set to null,
// undefined, NaN, '', a wrong type, a Symbol or a Proxy that throws on every access, is
// coerced or refused with a message: never thrown on, never a blank element, and an element
// that shows numbers keeps 999 and the helpline (or the national flow) on screen.
// Property-based, with fast-check.
import fc from 'fast-check';
import { expect } from '@open-wc/testing';
import { visibleText } from './fixture.js';
import { components } from './registry.js';

const dist = new URL('../dist/', import.meta.url).href;

type Host = HTMLElement & { updateComplete: Promise<unknown>; shadowRoot: ShadowRoot };

const hostile = new Proxy(
  {},
  {
    get() {
      throw new Error('hostile get');
    },
    has() {
      throw new Error('hostile has');
    },
    ownKeys() {
      throw new Error('hostile ownKeys');
    },
    getPrototypeOf() {
      throw new Error('hostile getPrototypeOf');
    },
  },
);

/** Throws only when a property is read: lists of its keys still work. */
const sly = new Proxy(
  {},
  {
    get() {
      throw new Error('sly get');
    },
  },
);

const values: [string, () => unknown][] = [
  ['a Proxy that throws on reading', () => sly],
  ['null', () => null],
  ['undefined', () => undefined],
  ['NaN', () => NaN],
  ["''", () => ''],
  ['0', () => 0],
  ['-1', () => -1],
  ['Infinity', () => Infinity],
  ['true', () => true],
  ['false', () => false],
  ['{}', () => ({})],
  ['[]', () => []],
  ['[null]', () => [null]],
  ['a Symbol', () => Symbol('x')],
  ['a throwing Proxy', () => hostile],
  ['an object whose toString throws', () => ({ toString: () => { throw new Error('toString'); } })],
  ['a long string', () => 'x'.repeat(100_000)],
  ['a number as text', () => '42'],
];

/** What an element that shows numbers keeps on screen, whatever it is given. */
const keeps: Record<string, (root: ShadowRoot) => boolean> = {
  'ctk-helpline-banner': (root) => !!root.querySelector('a[href="tel:999"]') || !!root.querySelector('a[href="tel:+448000121700"]'),
  'ctk-contact-directory': (root) => !!root.querySelector('a[href="tel:999"]'),
  'ctk-referral-flowchart': (root) => /immediate danger/.test(root.textContent ?? ''),
};

before(async () => {
  for (const component of components) await import(new URL(component.module, dist).href);
});

describe('careless and hostile property values', () => {
  it('never throw, never blank an element, never hide the national numbers', async function () {
    this.timeout(120_000);
    const cases = components.flatMap((component) => {
      const ctor = customElements.get(component.tag) as unknown as { elementProperties: Map<string, unknown> };
      return [...ctor.elementProperties.keys()].map((name) => ({ tag: component.tag, name: String(name) }));
    });
    expect(cases.length).to.be.greaterThan(20);
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...cases), fc.constantFrom(...values), async ({ tag, name }, [label, make]) => {
        const what = `${tag}.${name} = ${label}`;
        const uncaught: unknown[] = [];
        const onError = (event: ErrorEvent) => uncaught.push(event.error ?? event.message);
        const onRejection = (event: PromiseRejectionEvent) => uncaught.push(event.reason);
        const consoleError = console.error;
        console.error = () => {};
        window.addEventListener('error', onError);
        window.addEventListener('unhandledrejection', onRejection);
        const el = document.createElement(tag) as Host;
        try {
          document.body.append(el);
          await el.updateComplete;
          const value = make();
          (el as unknown as Record<string, unknown>)[name] = value;
          await el.updateComplete;
          await new Promise((resolve) => requestAnimationFrame(resolve));
          expect(uncaught.map(String), `${what}: thrown`).to.deep.equal([]);
          expect(visibleText(el.shadowRoot), `${what}: blank`).to.not.equal('');
          // A search or a category the page chose may rightly show no 999; any other value keeps it.
          const filters = tag === 'ctk-contact-directory' && ['query', 'category', 'categories'].includes(name) && (typeof value === 'string' || Number.isFinite(value));
          if (keeps[tag] && !filters) expect(keeps[tag](el.shadowRoot), `${what}: the national numbers are gone`).to.equal(true);
        } finally {
          el.remove();
          console.error = consoleError;
          window.removeEventListener('error', onError);
          window.removeEventListener('unhandledrejection', onRejection);
        }
      }),
      { numRuns: 1000, seed: 20261203, endOnFailure: true },
    );
  });
});
