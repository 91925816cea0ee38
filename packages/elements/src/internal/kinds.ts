import type { PropertyValues } from 'lit';
import { logConfigError } from './config-error.js';

/**
 * How a property's value is made safe before the element uses it (see `CtkElement.kinds`):
 * - `text`: a string (a finite number is written out); anything else is `''`, the default;
 * - `id-or-object`: an id (a string) or an object, which the validator checks; anything else
 *   is `''`, the default;
 * - `object`: an object, which the validator checks; anything else is `undefined`, none;
 * - `list`: an array, whose items the validator checks; anything else is `[]`;
 * - `optional-list`: an array; anything else is `undefined`, none;
 * - `number`: a number; anything else is `NaN`, which the element reads as its default;
 * - `on`: `true` unless `false` (or the string `'false'`); `off`: `false` unless `true`.
 *
 * `null` and `undefined` mean "not set": they become the default without a word. Any other
 * value of the wrong type, and an object that cannot be read (a Proxy that throws), is named
 * in the console.
 */
export type PropertyKind = 'text' | 'id-or-object' | 'object' | 'list' | 'optional-list' | 'number' | 'on' | 'off';

/** Whether the properties of `value` can be listed without throwing (a hostile Proxy cannot). */
function readable(value: object): boolean {
  try {
    if (Array.isArray(value)) void value.length;
    else Object.keys(value);
    return true;
  } catch {
    return false;
  }
}

/** `value` made safe as `kind`, and whether it had to be refused. */
function coerce(kind: PropertyKind, value: unknown): { value: unknown; refused: boolean } {
  const unset = value === null || value === undefined;
  const object = typeof value === 'object' && value !== null;
  const ok = (safe: unknown) => ({ value: safe, refused: false });
  const refuse = (safe: unknown) => ({ value: safe, refused: !unset });
  switch (kind) {
    case 'text':
      if (typeof value === 'string') return ok(value);
      return typeof value === 'number' && Number.isFinite(value) ? ok(String(value)) : refuse('');
    case 'id-or-object':
      if (typeof value === 'string') return ok(value);
      return object && readable(value) ? ok(value) : refuse('');
    case 'object':
      return object && readable(value) ? ok(value) : refuse(undefined);
    case 'list':
    case 'optional-list':
      return Array.isArray(value) && readable(value) ? ok(value) : refuse(kind === 'list' ? [] : undefined);
    case 'number':
      return typeof value === 'number' ? ok(value) : refuse(NaN);
    case 'on':
      return ok(value !== false && value !== 'false');
    case 'off':
      return ok(value === true);
  }
}

/** A value as a console message can show it, whatever it is. */
function describe(value: unknown): string {
  try {
    return typeof value === 'string' ? JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value) : typeof value === 'symbol' ? value.toString() : Array.isArray(value) ? 'an array' : typeof value;
  } catch {
    return 'an unreadable value';
  }
}

/**
 * Makes each changed property of `el` safe to read, as `kinds` says, naming in the console what
 * it refused. Call at the start of an update (`shouldUpdate` or `willUpdate`): a value set there
 * joins the update under way.
 */
export function coerceProperties(el: HTMLElement, kinds: Readonly<Record<string, PropertyKind>>, changed: PropertyValues): void {
  const self = el as unknown as Record<string, unknown>;
  for (const name of changed.keys()) {
    const kind = kinds[name as string];
    if (!kind) continue;
    const value = self[name as string];
    const safe = coerce(kind, value);
    if (Object.is(safe.value, value)) continue;
    self[name as string] = safe.value;
    if (safe.refused) logConfigError(el.localName, `${String(name)} cannot be ${describe(value)}; it is ignored.`);
  }
}
