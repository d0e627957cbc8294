// Typed helpers for copying named fields between objects without `as` (issue 10).
import { isKeyOf } from './guards.ts';

/** The own keys of an object, typed as its keys (Object.keys gives plain strings). */
export function keysOf<T extends object>(value: T): (keyof T & string)[] {
  return Object.keys(value).filter((key) => isKeyOf(value, key));
}

/** Copies one field from `source` to `target`; both agree on its type. */
export function copyKey<T, K extends keyof T>(target: T, source: Pick<T, K>, key: K): void {
  target[key] = source[key];
}

/** The named fields of an object. */
export function pickKeys<T, K extends keyof T>(from: T, keys: readonly K[]): Partial<Pick<T, K>> {
  const picked: Partial<Pick<T, K>> = {};
  for (const key of keys) picked[key] = from[key];
  return picked;
}

/** The Dutch label of a stored code; the code itself when the list does not know it (an older value). */
export function labelOf<K extends string>(labels: Readonly<Record<K, string>>, code: string): string {
  return isKeyOf(labels, code) ? labels[code] : code;
}

/** An object with one entry per key of a fixed list, each computed from its key. */
export function recordOf<K extends string, V>(keys: readonly K[], value: (key: K) => V): Record<K, V> {
  // Legitimate: TypeScript types Object.fromEntries as `{ [k: string]: V }` and cannot see that every key of the list is present.
  return Object.fromEntries(keys.map((key) => [key, value(key)])) as Record<K, V>;
}
