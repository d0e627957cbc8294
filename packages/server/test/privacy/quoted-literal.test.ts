// The processing log's literal statement (a read's log rows, sent with the next statement) quotes its values as
// pg.escapeLiteral does, with native replaces (ADR 0040 addendum of the eleventh session): the same text for every string.
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { quotedLiteral } from '../../src/db/quoted-literal.ts';

describe('quotedLiteral', () => {
  it('is pg.escapeLiteral: quotes doubled, and with a backslash an E-string with backslashes doubled', () => {
    const values = ['', 'plain', "O'Brien", "''", "'", '\\', 'a\\b', "it's a \\ test", 'ünïcødé ✓ 𝄞', '[{"a":"x\'y","b":"c\\\\d"}]', '\n\t\r', ' E\'x\''];
    for (const value of values) expect(quotedLiteral(value)).toBe(pg.escapeLiteral(value));
    expect(quotedLiteral("O'Brien")).toBe("'O''Brien'");
    expect(quotedLiteral('a\\b')).toBe(" E'a\\\\b'");
  });

  it('is pg.escapeLiteral for random strings of quotes, backslashes and letters', () => {
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    const alphabet = ["'", '\\', 'a', 'E', ' ', '"', 'é'];
    for (let n = 0; n < 500; n++) {
      const value = Array.from({ length: next() % 12 }, () => alphabet[next() % alphabet.length]).join('');
      expect(quotedLiteral(value)).toBe(pg.escapeLiteral(value));
    }
  });
});
