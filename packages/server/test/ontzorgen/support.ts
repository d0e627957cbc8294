// Shared by the ontzorgen tests: the gemeente's debtor account (setting ontzorgenAccount, ADR 0147).
import { readFileSync } from 'node:fs';
import { eq, sql } from 'drizzle-orm';
import { asSystem } from '../../src/db/scope.ts';
import { gemeenten, userGemeenten, users } from '../../src/db/schema.ts';
import type { Database } from '../../src/db/database.ts';
import { hashPassword } from '../../src/auth/passwords.ts';
import { testPassword, type GemeenteFixture } from '../support/koers.ts';

/** An agreement for 2027 with rent and health insurance, as the PUT body (version 0: new). */
export const testAgreement = {
  version: 0,
  status: 'actief',
  bijstandFrom: '2027-01-01',
  bijstandMonthlyCents: 150_000,
  fixedCosts: [
    { kind: 'huur', payeeName: 'Woonstichting Vechthorst', iban: 'NL02ABNA0123456789', reference: 'Huur Dorpsstraat 1', amountCents: 65_050, dayOfMonth: 1 },
    { kind: 'zorgverzekering', payeeName: 'Zorgverzekeraar Oost', iban: 'NL91ABNA0417164300', reference: 'Polis 123', amountCents: 13_895, dayOfMonth: 28 },
  ],
  executor: 'gemeente',
  housedOn: '2026-12-15',
};

export const testAccount = { name: 'Gemeente Ontzorggemeente', iban: 'NL20INGB0001234567', bic: 'INGBNL2A' };

/** Sets the gemeente's ontzorgen account as the beheerder would (or removes it with null). */
export async function setOntzorgenAccount(database: Database, gemeenteId: string, account: typeof testAccount | null = testAccount): Promise<void> {
  await asSystem(database.db, (tx) =>
    tx
      .update(gemeenten)
      .set({ settings: account === null ? sql`${gemeenten.settings} - 'ontzorgenAccount'` : sql`${gemeenten.settings} || ${JSON.stringify({ ontzorgenAccount: account })}::jsonb` })
      .where(eq(gemeenten.id, gemeenteId)),
  );
}

/** A sample bank file from ./bank-files with its {{PLACEHOLDERS}} filled in (message id, EndToEndIds, amounts). */
export function bankFile(name: string, values: Record<string, string>): string {
  const raw = readFileSync(new URL(`./bank-files/${name}`, import.meta.url), 'utf8');
  return raw.replace(/\{\{(\w+)\}\}/g, (_, key: string) => values[key] ?? `{{${key}}}`);
}

/** A second account of a role in the gemeente (the four-eyes approver, another partner); returns its e-mail. */
export async function extraUser(database: Database, g: GemeenteFixture, role: string, name: string): Promise<string> {
  const email = `${role}.extra.${g.gemeenteId.slice(0, 8)}@test.koers`;
  const passwordHash = await hashPassword(testPassword);
  await asSystem(database.db, async (tx) => {
    const [u] = await tx.insert(users).values({ organisationId: g.organisationId, email, name, role, passwordHash }).returning();
    if (!u) throw new Error('fixture');
    await tx.insert(userGemeenten).values({ userId: u.id, gemeenteId: g.gemeenteId, organisationId: g.organisationId });
  });
  return email;
}
