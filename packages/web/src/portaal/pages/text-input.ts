// Text a person types: no NUL bytes or lone surrogates (the server refuses them too; common brief).
export const MAX_TEXT = 2000;

export function hasUnsafeText(value: string): boolean {
  // eslint-disable-next-line no-control-regex
  return /\u0000/.test(value) || /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(value);
}
