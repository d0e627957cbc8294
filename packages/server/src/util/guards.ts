// Small type guards that replace `as` casts (issue 10): a value read from the database, a request or
// an error is checked, not trusted.

/** Whether a value is one of a fixed list (defined once, in the domain). */
export { isOneOf } from '@koers/domain';

/** Whether a value is a plain object (not null, not an array): a parsed document or a jsonb value. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Whether a value is an array, with elements still to be checked (Array.isArray gives `any[]`). */
export function isUnknownArray(value: unknown): value is readonly unknown[] {
  return Array.isArray(value);
}

/** Whether an unknown value (a thrown error, a driver result) carries a property `key`. */
export function hasKey<K extends string>(value: unknown, key: K): value is Record<K, unknown> {
  return typeof value === 'object' && value !== null && key in value;
}

/** A property of an unknown value, or undefined when it is not an object or lacks the property. */
export function propertyOf(value: unknown, key: string): unknown {
  return hasKey(value, key) ? value[key] : undefined;
}

/** A string property of an unknown value (an error's `code`, a constraint name), or undefined. */
export function stringProperty(value: unknown, key: string): string | undefined {
  const found = propertyOf(value, key);
  return typeof found === 'string' ? found : undefined;
}

/** Whether a key names an own property of a record: narrows a stored kind to the record's keys. */
export function isKeyOf<T extends object>(record: T, key: PropertyKey): key is keyof T {
  return Object.prototype.hasOwnProperty.call(record, key);
}

/** A number property of an unknown value (a dynamically named count column), or undefined. */
export function numberProperty(value: unknown, key: string): number | undefined {
  const found = propertyOf(value, key);
  return typeof found === 'number' ? found : undefined;
}
