// A type guard for "is this string one of these literals" — replaces `(list as readonly string[]).includes(x)`
// and the cast that usually follows it.
export function isOneOf<T extends string>(list: readonly T[], value: string | null | undefined): value is T {
  return list.some((item) => item === value);
}
