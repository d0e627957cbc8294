// Which people of an import Koers already has, looked up once for the whole file instead of once per
// batch (ADR 0077 addendum of 2026-12-07). A batch then locks and reads only the cases the look-up
// found. A case someone registers meanwhile for a person of the file is still caught: the batch's
// insert breaks the unique BSN or V-nummer index, the batch is rolled back, and from then on every
// batch (the unit-by-unit retry first) looks its people up itself, as before.
import { and, inArray, or, sql } from 'drizzle-orm';
import type { Tx } from '../db/database.ts';
import { cases } from '../db/schema.ts';
import type { CaseRow } from '../case-file/find-case.ts';
import type { RegistrationInput } from '../use-cases/cases/case-input.types.ts';

type Identity = Pick<RegistrationInput, 'gemeenteId' | 'bsn' | 'vNumber'>;

/** The gemeenten, BSNs and V-nummers of `inputs`, or undefined when there is nothing to look up. */
function identityLists(inputs: readonly Identity[]): { gemeenteIds: string[]; bsns: string[]; vNumbers: string[] } | undefined {
  const gemeenteIds = [...new Set(inputs.map((i) => i.gemeenteId))];
  const bsns = inputs.flatMap((i) => (i.bsn ? [i.bsn] : []));
  const vNumbers = inputs.flatMap((i) => (i.vNumber ? [i.vNumber] : []));
  return gemeenteIds.length === 0 || (bsns.length === 0 && vNumbers.length === 0) ? undefined : { gemeenteIds, bsns, vNumbers };
}

/** The existing cases of a batch's people (one query, locked for the rest of the batch). */
export async function existingCases(tx: Tx, inputs: readonly Identity[]): Promise<CaseRow[]> {
  const lists = identityLists(inputs);
  if (!lists) return [];
  const { gemeenteIds, bsns, vNumbers } = lists;
  return tx
    .select()
    .from(cases)
    .where(and(inArray(cases.gemeenteId, gemeenteIds), or(bsns.length ? inArray(cases.bsn, bsns) : undefined, vNumbers.length ? inArray(cases.vNumber, vNumbers) : undefined)))
    .for('update');
}

const keysOf = (i: Identity): string[] => [...(i.bsn ? [`${i.gemeenteId}|b|${i.bsn}`] : []), ...(i.vNumber ? [`${i.gemeenteId}|v|${i.vNumber}`] : [])];

/** A PostgreSQL text array literal: one bind parameter for any number of values. */
const textArray = (values: readonly string[]): string => `{${values.map((v) => `"${v.replace(/["\\]/g, (c) => `\\${c}`)}"`).join(',')}}`;

export class KnownIdentities {
  #keys: Set<string> | undefined;
  #perBatch = false;

  /** `all`: every identity of the file (read at the first batch). */
  constructor(private readonly all: () => readonly Identity[]) {}

  /** The existing cases of a batch's people, locked: only those the file's look-up found, or all after a failed batch. */
  async existing(tx: Tx, inputs: readonly Identity[]): Promise<CaseRow[]> {
    if (this.#perBatch) return existingCases(tx, inputs);
    this.#keys ??= await this.lookUp(tx);
    const keys = this.#keys;
    const known = inputs.filter((i) => keysOf(i).some((k) => keys.has(k)));
    return known.length === 0 ? [] : existingCases(tx, known);
  }

  /**
   * True only when the file's look-up has run, no batch failed since, and none of `inputs` was found:
   * their batch would read no existing case for them, so they can be planned without the database
   * (PostgreSQL's plan ahead, ADR 0077 addendum of the twelfth session).
   */
  knownNew(inputs: readonly Identity[]): boolean {
    const keys = this.#keys;
    if (this.#perBatch || keys === undefined) return false;
    return inputs.every((i) => !keysOf(i).some((k) => keys.has(k)));
  }

  /** A batch failed: from now on every batch looks its people up itself. */
  perBatch(): void {
    this.#perBatch = true;
  }

  private async lookUp(tx: Tx): Promise<Set<string>> {
    const lists = identityLists(this.all());
    if (!lists) return new Set();
    const { gemeenteIds, bsns, vNumbers } = lists;
    const rows = await tx
      .select({ gemeenteId: cases.gemeenteId, bsn: cases.bsn, vNumber: cases.vNumber })
      .from(cases)
      .where(
        and(
          sql`${cases.gemeenteId} = ANY(${textArray(gemeenteIds)}::uuid[])`,
          or(bsns.length ? sql`${cases.bsn} = ANY(${textArray(bsns)}::text[])` : undefined, vNumbers.length ? sql`${cases.vNumber} = ANY(${textArray(vNumbers)}::text[])` : undefined),
        ),
      );
    return new Set(rows.flatMap((r) => keysOf({ gemeenteId: r.gemeenteId, bsn: r.bsn ?? undefined, vNumber: r.vNumber ?? undefined })));
  }
}
