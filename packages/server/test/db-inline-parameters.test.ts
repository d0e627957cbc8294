// A statement that travels with held-back ones has its parameters written in as quoted literals
// (src/db/inline-parameters.ts, ADR 0040 addendum of the eleventh session): only where the text is SQL code,
// only for values whose text is exactly what node-postgres would send, and otherwise not at all.
import { describe, expect, it } from 'vitest';
import { inlineParameters } from '../src/db/inline-parameters.ts';

describe('inlineParameters', () => {
  it('writes each value as the quoted literal of its text; null as NULL', () => {
    expect(inlineParameters('SELECT $1, $2, $3, $4, $5, $6', ["O'Brien", 42, -1.5, true, null, 12n])).toBe(`SELECT 'O''Brien', '42', '-1.5', 'true', NULL, '12'`);
    expect(inlineParameters('SELECT $1::text', ['a\\b'])).toBe(`SELECT  E'a\\\\b'::text`);
  });

  it('tells $1 from $10, and uses a parameter as often as it appears', () => {
    const values = Array.from({ length: 11 }, (_, i) => `v${i + 1}`);
    expect(inlineParameters('SELECT $10, $1, $11, $1', values)).toBe(`SELECT 'v10', 'v1', 'v11', 'v1'`);
  });

  it('leaves $n alone in strings, E-strings, quoted identifiers, comments, dollar quotes and identifiers', () => {
    const text = [
      `SELECT '$1 it''s', E'\\'$1', "col$1", x$1, $1`,
      `-- $1 in a comment`,
      `/* $1 /* nested $1 */ still $1 */ $2`,
      `$$ $1 $$, $body$ $1 $$ $1 $body$, $2`,
    ].join('\n');
    expect(inlineParameters(text, ['a', 'b'])).toBe(
      [`SELECT '$1 it''s', E'\\'$1', "col$1", x$1, 'a'`, `-- $1 in a comment`, `/* $1 /* nested $1 */ still $1 */ 'b'`, `$$ $1 $$, $body$ $1 $$ $1 $body$, 'b'`].join('\n'),
    );
  });

  it('gives up (undefined) rather than guess: values node-postgres converts itself, a missing value, an unfinished text', () => {
    expect(inlineParameters('SELECT $1', [Buffer.from('x')])).toBeUndefined();
    expect(inlineParameters('SELECT $1', [new Date()])).toBeUndefined();
    expect(inlineParameters('SELECT $1', [['a', 'b']])).toBeUndefined();
    expect(inlineParameters('SELECT $1', [{ a: 1 }])).toBeUndefined();
    expect(inlineParameters('SELECT $2', ['a'])).toBeUndefined();
    expect(inlineParameters(`SELECT 'open, $1`, ['a'])).toBeUndefined();
    expect(inlineParameters(`SELECT "open, $1`, ['a'])).toBeUndefined();
    expect(inlineParameters(`SELECT /* open, $1`, ['a'])).toBeUndefined();
    expect(inlineParameters(`SELECT $q$ open, $1`, ['a'])).toBeUndefined();
  });

  it('a text without parameters stays as it is', () => {
    expect(inlineParameters(`SELECT 'x' -- y`, [])).toBe(`SELECT 'x' -- y`);
  });
});
