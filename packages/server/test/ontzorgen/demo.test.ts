// The demo data of financieel ontzorgen (issue 15): several persons in different months of their
// period, one in a budgetbeheer partner's hands, one whose fixed costs exceed the bijstand, and this
// month's batch of Dordrecht ready for a second financieel medewerker to approve (four eyes).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { monthOf } from '@koers/domain';
import { asSystem } from '../../src/db/scope.ts';
import { caseAssignments, gemeenten, reliefAgreements } from '../../src/db/schema.ts';
import { demoPassword, seedDemo } from '../../src/demo/seed.ts';
import type { FinanceOverview } from '../../src/use-cases/ontzorgen/ontzorgen.view.ts';
import { createTestKoers, loginAs, type TestKoers } from '../support/koers.ts';
import { todayIn } from '../../src/case-file/today.ts';

const xsd = fileURLToPath(new URL('../../src/ontzorgen/pain.001.001.09.xsd', import.meta.url));
let koers: TestKoers;
beforeAll(async () => {
  koers = await createTestKoers();
  await seedDemo(koers.database.db, { secret: 'demo-geheim'.padEnd(40, 'x') });
}, 300_000);
afterAll(() => koers.close());

describe('the ontzorgen demo', () => {
  it('has persons in different months, one with a partner, and a batch the second colleague can approve', async () => {
    const [dordrecht] = await asSystem(koers.database.db, (tx) => tx.select({ id: gemeenten.id }).from(gemeenten).where(eq(gemeenten.code, '0505')));
    if (!dordrecht) throw new Error('no Dordrecht');
    const agreements = await asSystem(koers.database.db, (tx) => tx.select().from(reliefAgreements).where(eq(reliefAgreements.gemeenteId, dordrecht.id)));
    expect(new Set(agreements.map((a) => a.startMonth)).size).toBeGreaterThanOrEqual(3);
    const withPartner = agreements.filter((a) => a.executor === 'budgetbeheer');
    expect(withPartner).toHaveLength(1);
    const assigned = await asSystem(koers.database.db, (tx) => tx.select().from(caseAssignments).where(eq(caseAssignments.caseId, withPartner[0]?.caseId ?? '')));
    expect(assigned.map((a) => a.kind)).toContain('budgetbeheer');

    // Femke did not make this month's proposal, so she may approve it; the file is valid against the EPC schema.
    const femke = await loginAs(koers.app, 'financien@drechtsteden.demo', demoPassword);
    const month = monthOf(todayIn(new Date()));
    const overview = (await femke.get(`/api/financien?gemeenteId=${dordrecht.id}&month=${month}`)).json<FinanceOverview>();
    const proposal = overview.batches.find((b) => b.status === 'voorstel');
    expect(proposal?.payments.length).toBeGreaterThan(0);
    expect(proposal?.flagged.map((f) => f.reason).join(' ')).toContain('hoger dan de bijstand');
    const approved = await femke.post(`/api/financien/batches/${proposal?.id ?? ''}/goedkeuring`, { version: proposal?.version });
    expect(approved.statusCode, approved.body).toBe(200);
    const xml = await femke.get(`/api/financien/batches/${proposal?.id ?? ''}/sepa.xml`);
    expect(xml.statusCode).toBe(200);
    const dir = mkdtempSync(join(tmpdir(), 'koers-demo-sepa-'));
    writeFileSync(join(dir, 'batch.xml'), xml.body);
    expect(execFileSync('xmllint', ['--noout', '--schema', xsd, join(dir, 'batch.xml')], { encoding: 'utf8', stdio: 'pipe' })).toBe('');
  }, 120_000);
});
