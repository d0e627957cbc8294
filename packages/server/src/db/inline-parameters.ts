import { quotedLiteral } from './quoted-literal.ts';

/**
 * A statement's bound parameters written into its text as quoted literals, so that it can travel in one simple-protocol
 * query with the statements held back before it (combining-client.ts, ADR 0040 addendum of the eleventh session).
 * A quoted literal is, like an untyped parameter, of type `unknown` until its context decides, and holds the text
 * node-postgres would have sent for the parameter. Undefined when that cannot be done exactly: a value other than a
 * string, number, bigint, boolean or null (a Buffer, a Date, an array, an object: node-postgres converts those itself),
 * a parameter number without a value, or a text the scanner does not follow to its end.
 *
 * The scanner skips what is not SQL code: quoted strings ('…', E'…' with backslash escapes), quoted identifiers ("…"),
 * dollar-quoted strings ($tag$…$tag$), line comments and (nested) block comments. `$n` elsewhere, not preceded by a
 * letter, digit, `_` or `$` (an identifier may contain `$`), is parameter n.
 */
export function inlineParameters(text: string, values: readonly unknown[]): string | undefined {
  const literals: string[] = [];
  for (const value of values) {
    const literal = literalOf(value);
    if (literal === undefined) return undefined;
    literals.push(literal);
  }
  let out = '';
  let from = 0;
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    const next = text[i + 1];
    if (c === "'") {
      const escapes = i > 0 && /[eE]/.test(text[i - 1] ?? '') && !isIdentifierChar(text[i - 2]);
      const end = endOfQuoted(text, i + 1, "'", escapes);
      if (end < 0) return undefined;
      i = end;
    } else if (c === '"') {
      const end = endOfQuoted(text, i + 1, '"', false);
      if (end < 0) return undefined;
      i = end;
    } else if (c === '-' && next === '-') {
      const end = text.indexOf('\n', i);
      i = end < 0 ? text.length : end + 1;
    } else if (c === '/' && next === '*') {
      const end = endOfBlockComment(text, i);
      if (end < 0) return undefined;
      i = end;
    } else if (c === '$' && !isIdentifierChar(text[i - 1])) {
      const parameter = /^\$(\d+)/.exec(text.slice(i, i + 12));
      if (parameter) {
        const literal = literals[Number(parameter[1]) - 1];
        if (literal === undefined) return undefined;
        out += text.slice(from, i) + literal;
        i += parameter[0].length;
        from = i;
        continue;
      }
      const tag = /^\$(?:[A-Za-z_][A-Za-z0-9_]*)?\$/.exec(text.slice(i, i + 64));
      if (tag) {
        const end = text.indexOf(tag[0], i + tag[0].length);
        if (end < 0) return undefined;
        i = end + tag[0].length;
      } else i += 1;
    } else i += 1;
  }
  return out + text.slice(from);
}

function literalOf(value: unknown): string | undefined {
  if (value === null || value === undefined) return 'NULL';
  switch (typeof value) {
    case 'string':
      return quotedLiteral(value);
    case 'number':
    case 'bigint':
    case 'boolean':
      // node-postgres sends these as their text (prepareValue: toString), an untyped parameter as a literal does.
      return quotedLiteral(String(value));
    case 'function':
    case 'object':
    case 'symbol':
    case 'undefined':
      return undefined;
  }
}

const isIdentifierChar = (c: string | undefined): boolean => c !== undefined && /[A-Za-z0-9_$\u0080-\uffff]/.test(c);

/** The index after the closing quote of a quoted string or identifier that starts at `from` (doubled quotes inside). */
function endOfQuoted(text: string, from: number, quote: string, backslashEscapes: boolean): number {
  let i = from;
  while (i < text.length) {
    const c = text[i];
    if (backslashEscapes && c === '\\') i += 2;
    else if (c === quote) {
      if (text[i + 1] === quote) i += 2;
      else return i + 1;
    } else i += 1;
  }
  return -1;
}

/** The index after a block comment that starts at `from` (PostgreSQL nests them). */
function endOfBlockComment(text: string, from: number): number {
  let depth = 0;
  let i = from;
  while (i < text.length) {
    if (text[i] === '/' && text[i + 1] === '*') {
      depth += 1;
      i += 2;
    } else if (text[i] === '*' && text[i + 1] === '/') {
      depth -= 1;
      i += 2;
      if (depth === 0) return i;
    } else i += 1;
  }
  return -1;
}
