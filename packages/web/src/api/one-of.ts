// Reading a value that comes from outside the types (a URL parameter, a form field) as a member of a
// known list, without a cast.

/** True when the value is one of the list. */
export function isOneOf<T extends string>(list: readonly T[], value: string): value is T {
  return list.some((item) => item === value);
}

/** The value as a member of the list, or undefined when it is not one (absent or unknown). */
export function oneOf<T extends string>(list: readonly T[], value: string | null | undefined): T | undefined {
  return list.find((item) => item === value);
}
