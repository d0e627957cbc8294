// Small type guards that replace `as` casts (issue 10): a received value or a thrown error is checked, not trusted.

/** Whether a value is one of a fixed list: narrows a received string to the list's type. */
export function isOneOf<const T extends string>(list: readonly T[], value: unknown): value is T {
  return list.some((item) => item === value);
}

/** The message of a thrown value: an Error's message, else the value as text. */
export function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** Whether a value is a plain object (not null, not an array): a parsed document or a converted schema. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
