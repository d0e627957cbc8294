// Small pure type guards that replace `as` casts (issue 10): a stored or received value is checked, not trusted.

/** Whether a value is one of a fixed list: narrows a stored or received string to the list's type. */
export function isOneOf<const T extends string>(list: readonly T[], value: unknown): value is T {
  return list.some((item) => item === value);
}

/** The value as a member of the list, or undefined when it is not one (absent or unknown). */
export function oneOf<const T extends string>(list: readonly T[], value: unknown): T | undefined {
  return list.find((item) => item === value);
}

/** The keys of a record, typed as its keys (Object.keys gives `string[]`); only for records with known keys. */
export function keysOf<T extends object>(record: T): (keyof T & string)[] {
  return Object.keys(record).filter((key): key is keyof T & string => Object.prototype.hasOwnProperty.call(record, key));
}

/** The numbers of a date or month ("2027-07-15" → 2027, 7, 15); a missing part is NaN, as `Number(undefined)` was. */
export function numbersOf(isoText: string): [number, number, number] {
  const [a = NaN, b = NaN, c = NaN] = isoText.split('-').map(Number);
  return [a, b, c];
}
