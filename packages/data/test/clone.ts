// A test's own copy of a record to change: the dataset's records are read-only and frozen.

/** `T` with nothing read-only in it, all the way down. */
export type Writable<T> = T extends readonly (infer Item)[]
  ? Writable<Item>[]
  : T extends object
    ? { -readonly [K in keyof T]: Writable<T[K]> }
    : T;

/** A deep, writable copy of JSON-like `value`. */
export const clone = <T>(value: T): Writable<T> => JSON.parse(JSON.stringify(value)) as Writable<T>;
