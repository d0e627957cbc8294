/**
 * `pg.escapeLiteral(value)`, the same text, built by native replaces: pg's loop over every character cost ~80 µs for a
 * werkvoorraad page's ~20 kB of processing-log rows (ADR 0040 addendum of the eleventh session).
 */
export function quotedLiteral(value: string): string {
  const quoted = `'${value.replace(/'/g, "''")}'`;
  return value.includes('\\') ? ` E${quoted.replace(/\\/g, '\\\\')}` : quoted;
}
