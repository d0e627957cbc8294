// Small type guards that replace `as` casts (issue 10): a parsed document, a thrown error or a
// received body is checked, not trusted.

/** Whether a value is a plain object (not null, not an array): a parsed document or a JSON body. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Whether a value is an array, with elements still to be checked (Array.isArray gives `any[]`). */
export function isUnknownArray(value: unknown): value is readonly unknown[] {
  return Array.isArray(value);
}

/** Whether a value is one of a fixed list (defined once, in the domain). */
export { isOneOf } from '@koers/domain';

/** Whether an unknown value (a thrown error) carries a property `key`. */
export function hasKey<K extends string>(value: unknown, key: K): value is Record<K, unknown> {
  return typeof value === 'object' && value !== null && key in value;
}

/** A property of an unknown value (a thrown error's `cause`), or undefined when it has none. */
export function propertyOf(value: unknown, key: string): unknown {
  return hasKey(value, key) ? value[key] : undefined;
}

/** A string property of an unknown value (an error's `code` or `name`), or undefined. */
export function stringProperty(value: unknown, key: string): string | undefined {
  const found = propertyOf(value, key);
  return typeof found === 'string' ? found : undefined;
}

/** The message of a thrown value: an Error's message, else the value as text. */
export function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
