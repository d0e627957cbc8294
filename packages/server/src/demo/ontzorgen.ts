// Demo data of financieel ontzorgen (issue 15): persons in different months of their period, one in a
// budget manager's hands, one with fixed costs above the bijstand, and this month's batch proposal in
// Dordrecht waiting for a second financieel medewerker's approval (four eyes).
import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { addDays, addMonthsToMonth, monthOf, paymentsForMonth, type FixedCost, type IsoDate, type ReliefAgreement } from '@koers/domain';
import type { Tx } from '../db/database.ts';
import { caseAssignments, cases, reliefAgreements, reliefBatches, reliefPartnerReports, reliefPayments } from '../db/schema.ts';
import { buildPain001 } from '../ontzorgen/sepa.ts';
import { todayIn } from '../case-file/today.ts';
import { refreshSignals } from '../workqueue/refresh-signals.ts';

interface DemoAgreement {
  gemeente: string;
  familyName: string;
  /** Months since the first paid month (0: this month is the first). */
  monthsIn: number;
  bijstandCents: number;
  costs: Omit<FixedCost, 'id'>[];
  partner?: string;
}

const rent = (payeeName: string, amountCents: number): Omit<FixedCost, 'id'> => ({ kind: 'huur', payeeName, iban: 'NL02ABNA0123456789', reference: 'Huur', amountCents, dayOfMonth: 1 });
const energy: Omit<FixedCost, 'id'> = { kind: 'energie', payeeName: 'Energieleverancier Zuid', iban: 'NL20INGB0001234567', reference: 'Klantnummer 4711', amountCents: 14_500, dayOfMonth: 15 };
const water: Omit<FixedCost, 'id'> = { kind: 'water', payeeName: 'Waterbedrijf Oasen', iban: 'NL44RABO0123456789', reference: 'Klantnummer 0815', amountCents: 2_350, dayOfMonth: 20 };
const zvw: Omit<FixedCost, 'id'> = { kind: 'zorgverzekering', payeeName: 'Zorgverzekeraar Rivierenland', iban: 'NL91ABNA0417164300', reference: 'Polis 2027-118', amountCents: 13_895, dayOfMonth: 28 };

const demoAgreements: readonly DemoAgreement[] = [
  { gemeente: '0505', familyName: 'Tesfay', monthsIn: 0, bijstandCents: 139_500, costs: [rent('Woonbron Dordrecht', 61_200), energy, water, zvw] },
  { gemeente: '0505', familyName: 'Haddad', monthsIn: 3, bijstandCents: 139_500, costs: [rent('Trivire', 68_900), energy, zvw] },
  { gemeente: '0505', familyName: 'Omar', monthsIn: 2, bijstandCents: 139_500, costs: [rent('Woonbron Dordrecht', 64_000), energy, zvw], partner: 'Sociaal.nl budgetbeheer light' },
  { gemeente: '0505', familyName: 'Karimi', monthsIn: 5, bijstandCents: 98_000, costs: [rent('Trivire', 82_000), energy, zvw] },
];

/** The gemeente's own account for the batches (setting ontzorgenAccount, ADR 0147). */
export const demoOntzorgenAccounts: Readonly<Record<string, { name: string; iban: string; bic: string }>> = {
  '0505': { name: 'Gemeente Dordrecht', iban: 'NL86INGB0002445588', bic: 'INGBNL2A' },
  '0642': { name: 'Gemeente Zwijndrecht', iban: 'NL91ABNA0417164300', bic: 'ABNANL2A' },
};

/**
 * Last month's batch of Haddad in Dordrecht, approved, with fixed ids so that the sample bank file
 * docs/demo/pain002-demo-dordrecht.xml matches it whatever month the demo starts (ADR 0148).
 */
export const DEMO_APPROVED_BATCH = {
  id: '5e9a0000-0000-4000-8000-000000000001',
  messageId: 'KRSDEMO00000000000000001',
  paymentIds: ['5e9a0000-0000-4000-8000-000000000101', '5e9a0000-0000-4000-8000-000000000102', '5e9a0000-0000-4000-8000-000000000103'],
} as const;

export async function seedDemoOntzorgen(tx: Tx, gemeenteId: (code: string) => string, proposerId: string, now: Date, people: { approverId: string; budgetbeheerId: string }): Promise<void> {
  const today = todayIn(now);
  const month = monthOf(today);
  const proposals = new Map<string, { caseId: string; agreement: ReliefAgreement }[]>();
  for (const d of demoAgreements) {
    const gid = gemeenteId(d.gemeente);
    const [kase] = await tx.select().from(cases).where(and(eq(cases.gemeenteId, gid), eq(cases.familyName, d.familyName)));
    if (!kase) continue;
    const startMonth = addMonthsToMonth(month, -d.monthsIn);
    const agreement: ReliefAgreement = {
      status: 'actief',
      bijstandMonthlyCents: d.bijstandCents,
      fixedCosts: d.costs.map((c) => ({ ...c, id: randomUUID() })),
      executor: d.partner ? 'budgetbeheer' : 'gemeente',
      startMonth,
      endMonthExclusive: addMonthsToMonth(startMonth, 6),
    };
    const bijstandFrom: IsoDate = `${startMonth}-01`;
    await tx.insert(reliefAgreements).values({
      caseId: kase.id,
      gemeenteId: gid,
      ...agreement,
      fixedCosts: [...agreement.fixedCosts],
      bijstandFrom,
      bijstandMonthlyCents: d.bijstandCents,
      partnerName: d.partner ?? null,
      explanation: 'Financieel ontzorgen gedurende zes maanden vanaf de start van de bijstand (art. 56a Participatiewet).',
      housedOn: addDays(bijstandFrom, -10),
      trainingPlannedOn: d.monthsIn >= 3 ? addDays(today, 14) : null,
      createdBy: proposerId,
      createdAt: now,
      updatedAt: now,
    });
    if (!d.partner) proposals.set(gid, [...(proposals.get(gid) ?? []), { caseId: kase.id, agreement }]);
    if (d.partner && people.budgetbeheerId !== '') {
      // In the budgetbeheer partner's hands: assigned to the demo partner, last month already reported.
      await tx.insert(caseAssignments).values({ caseId: kase.id, gemeenteId: gid, userId: people.budgetbeheerId, kind: 'budgetbeheer' }).onConflictDoNothing();
      if (d.monthsIn > 1) await tx.insert(reliefPartnerReports).values({ gemeenteId: gid, caseId: kase.id, month: startMonth, status: 'uitgevoerd', reportedBy: people.budgetbeheerId, createdAt: now, updatedAt: now });
    }
    if (d.familyName === 'Haddad' && people.approverId !== '') await seedApprovedBatch(tx, gid, kase.id, agreement, addMonthsToMonth(month, -1), proposerId, people.approverId, now);
    await refreshSignals(tx, kase.id, today);
  }
  for (const [gid, list] of proposals) {
    const due = list.flatMap(({ caseId, agreement }) => {
      const plan = paymentsForMonth(agreement, month);
      return plan.payments.map((p) => ({ caseId, p }));
    });
    const flagged = [];
    for (const { caseId, agreement } of list) {
      const plan = paymentsForMonth(agreement, month);
      if (plan.kind === 'geblokkeerd') {
        const [c] = await tx.select({ givenNames: cases.givenNames, familyName: cases.familyName }).from(cases).where(eq(cases.id, caseId));
        flagged.push({ caseId, name: `${c?.givenNames ?? ''} ${c?.familyName ?? ''}`.trim(), reason: plan.reason });
      }
    }
    const [batch] = await tx
      .insert(reliefBatches)
      .values({ gemeenteId: gid, month, debtorName: 'Gemeente Dordrecht', debtorIban: 'NL86INGB0002445588', debtorBic: 'INGBNL2A', totalCents: due.reduce((s, d) => s + d.p.amountCents, 0), paymentCount: due.length, flagged, createdBy: proposerId, createdAt: now, updatedAt: now })
      .returning();
    if (!batch || due.length === 0) continue;
    await tx.insert(reliefPayments).values(due.map(({ caseId, p }) => ({ gemeenteId: gid, batchId: batch.id, caseId, month, costId: p.costId, kind: p.kind, payeeName: p.payeeName, iban: p.iban, reference: p.reference, amountCents: p.amountCents, executionDate: p.executionDate, createdAt: now, updatedAt: now })));
  }
}

async function seedApprovedBatch(tx: Tx, gid: string, caseId: string, agreement: ReliefAgreement, month: string, proposerId: string, approverId: string, now: Date): Promise<void> {
  const account = demoOntzorgenAccounts['0505'];
  if (!account) return;
  const due = paymentsForMonth(agreement, month).payments.slice(0, DEMO_APPROVED_BATCH.paymentIds.length);
  const payments = due.map((p, i) => ({ id: DEMO_APPROVED_BATCH.paymentIds[i] ?? randomUUID(), gemeenteId: gid, batchId: DEMO_APPROVED_BATCH.id, caseId, month, costId: p.costId, kind: p.kind, payeeName: p.payeeName, iban: p.iban, reference: p.reference, amountCents: p.amountCents, executionDate: p.executionDate, status: 'goedgekeurd', statusOn: todayIn(now), createdAt: now, updatedAt: now }));
  if (payments.length === 0) return;
  const xml = buildPain001({ messageId: DEMO_APPROVED_BATCH.messageId, createdAt: now, debtorName: account.name, debtorIban: account.iban, debtorBic: account.bic, payments: payments.map((p) => ({ endToEndId: p.id.replaceAll('-', ''), payeeName: p.payeeName, iban: p.iban, reference: p.reference, amountCents: p.amountCents, executionDate: p.executionDate })) });
  await tx.insert(reliefBatches).values({ id: DEMO_APPROVED_BATCH.id, gemeenteId: gid, month, debtorName: account.name, debtorIban: account.iban, debtorBic: account.bic, totalCents: payments.reduce((s, p) => s + p.amountCents, 0), paymentCount: payments.length, createdBy: proposerId, createdAt: now, updatedAt: now });
  await tx.insert(reliefPayments).values(payments);
  await tx.update(reliefBatches).set({ status: 'goedgekeurd', approvedBy: approverId, approvedAt: now, messageId: DEMO_APPROVED_BATCH.messageId, xml }).where(eq(reliefBatches.id, DEMO_APPROVED_BATCH.id));
}
