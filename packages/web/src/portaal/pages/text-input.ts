// Text a person types: no NUL bytes or lone surrogates (the server refuses them too; common brief),
// and the contract's lengths (the server's use-cases/portaal/portaal.types.ts).
export const MAX_REASON = 1000;
export const MAX_MESSAGE = 4000;

export function hasUnsafeText(value: string): boolean {
  // eslint-disable-next-line no-control-regex
  return /\u0000/.test(value) || /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(value);
}
