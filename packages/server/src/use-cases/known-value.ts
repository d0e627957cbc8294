/**
 * A text column that is only ever written from a domain list (the input schemas check it), read back as
 * that list's type. Anything else in the column is a defect, not data to show.
 */
export function knownValue<T extends string>(list: readonly T[], value: string, column: string): T {
  const found = list.find((v) => v === value);
  if (found === undefined) throw new Error(`${column} holds a value outside its list`);
  return found;
}
