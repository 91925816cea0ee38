// How every parser of `@ctkit/data/validate` runs: a schema, then checks across fields, never
// throwing, with at most `maxErrors` errors, each named by its path. Internal: `validate.ts`
// re-exports what is public.
import type { ZodMiniType } from 'zod/mini';

/**
 * The most errors a parser returns one by one. Past it, one last error at the root path
 * (`contact`, `contacts`, `indicatorSet`, `topic`, `flow`, `scenarioSet` or `poster`) says how many more were found, so
 * one bad file cannot produce thousands of lines.
 */
export const maxErrors = 100;

/** A step of a {@link ValidationError}'s path: a field's name, or a position in a list. */
export type PathKey = string | number;

/** One problem found in the input. */
export interface ValidationError {
  /**
   * Where, as keys from the root that names the kind of record: `['contact', 'phones', 0,
   * 'number']` for {@link parseContact}, `['contacts', 3, 'phones', 0, 'number']` for
   * {@link parseContacts}. A form finds its field's messages by the keys after the root.
   */
  readonly path: readonly PathKey[];
  /** The same place as text, e.g. `contact.phones[0].number`: what elements show. */
  readonly pathText: string;
  /** What is wrong, in plain words. */
  readonly message: string;
}

/** What every parser returns: a clean copy of the input, or what is wrong with it. */
export type ParseResult<T> =
  | {
      /** The input is valid. */
      readonly ok: true;
      /** A clean copy of it: unknown fields dropped. */
      readonly value: T;
    }
  | {
      /** The input cannot be used. */
      readonly ok: false;
      /** What is wrong with it: at most {@link maxErrors}, then one saying how many more. */
      readonly errors: readonly ValidationError[];
    };

/** Reports a problem at `path`, relative to the root. */
export type Report = (path: readonly PathKey[], message: string) => void;

export function describe(error: unknown): string {
  try {
    return error instanceof Error ? error.message : String(error);
  } catch {
    return 'unreadable error';
  }
}

/** `['contacts', 3, 'phones']` → `contacts[3].phones`. */
export function formatPath(path: readonly PathKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(key)) out += out === '' ? key : `.${key}`;
    else out += `[${JSON.stringify(key)}]`;
  }
  return out;
}

/**
 * One error as one line, `contact.phones[0].number: must be an E.164 number…`: the wording
 * every element uses when it shows why your data cannot be shown.
 */
export function formatError(error: Pick<ValidationError, 'pathText' | 'message'>): string {
  return `${error.pathText}: ${error.message}`;
}

export const problem = (path: readonly PathKey[], message: string): ValidationError => ({ path, pathText: formatPath(path), message });

/** `12345` → `12,345`, the same in every locale. */
export function count(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** `errors`, and when `more` were left out, one last error at `root` saying how many. */
function withRest(errors: ValidationError[], more: number, root: string): ValidationError[] {
  if (more > 0) errors.push(problem([root], `and ${count(more)} more problem${more === 1 ? '' : 's'}`));
  return errors;
}

/** A zod path as ours: symbols (never in parsed JSON) as their description. */
const keysOf = (path: readonly PropertyKey[]): PathKey[] => path.map((key) => (typeof key === 'symbol' ? String(key.description) : key));

export function parse<T, Out>(root: string, schema: ZodMiniType<T>, input: unknown, check: (value: T, report: Report) => void): ParseResult<Out> {
  try {
    const result = schema.safeParse(input);
    if (!result.success) {
      const { issues } = result.error;
      const errors = issues.slice(0, maxErrors).map((issue) => problem([root, ...keysOf(issue.path)], issue.message));
      return { ok: false, errors: withRest(errors, issues.length - errors.length, root) };
    }
    const errors: ValidationError[] = [];
    let more = 0;
    check(result.data, (path, message) => {
      if (errors.length < maxErrors) errors.push(problem([root, ...path], message));
      else more += 1;
    });
    // The schema's output is the clean copy; the interfaces are its types, read-only.
    return errors.length > 0 ? { ok: false, errors: withRest(errors, more, root) } : { ok: true, value: result.data as unknown as Out };
  } catch (error) {
    return { ok: false, errors: [problem([root], `could not be read: ${describe(error)}`)] };
  }
}

/**
 * Reports every id that appears more than once in `items`, at `pathOf(index)`. The message
 * names the first use by its path from the root, without the root (`[0]`,
 * `categories[0].indicators[3]`), so it reads the same when an element names the root after
 * its own property.
 */
export function checkUnique(items: readonly { id: string }[], pathOf: (index: number) => readonly PathKey[], report: Report): void {
  const first = new Map<string, number>();
  items.forEach((item, index) => {
    const earlier = first.get(item.id);
    if (earlier === undefined) first.set(item.id, index);
    else report([...pathOf(index), 'id'], `duplicate id "${item.id}" (first used at ${formatPath(pathOf(earlier))})`);
  });
}
