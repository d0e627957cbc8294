// Small type guards that replace `as` casts (issue 10): a received value or a thrown error is checked, not trusted.

/** Whether a value is one of a fixed list (defined once, in the domain). */
export { isOneOf } from '@koers/domain';

/** The message of a thrown value: an Error's message, else the value as text. */
export function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** Whether a value is a plain object (not null, not an array): a parsed document or a converted schema. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
