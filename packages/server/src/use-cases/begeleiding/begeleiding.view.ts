// What the begeleiding part shows, for the begeleider's own screen and the regisseur's case file alike.
import { asc, desc, eq } from 'drizzle-orm';
import { z } from 'zod';
import {
  begeleidingContactKindLabel,
  begeleidingTopicLabel,
  DEFAULT_BEGELEIDING_MONTHS,
  readGemeenteSettings,
  readZrmMatrix,
  zrmTrend,
  type ZrmMatrix,
} from '@koers/domain';
import type { Tx } from '../../db/database.ts';
import { begeleidingContacts, begeleidingPeriods, begeleidingProblems, gemeentenInScope, users, zrmMatrices, zrmMeasurements } from '../../db/schema.ts';
import type { Principal } from '../../auth/principal.ts';
import { readsBegeleidingTexts } from './access.ts';
import { labelOf } from '../../util/records.ts';
import { pipAgreements } from '../../contract/view-fields.ts';

const zrmMatrix = z.object({ domains: z.array(z.object({ key: z.string(), label: z.string() })), scale: z.array(z.string()) }).meta({ id: 'Zelfredzaamheidsmatrix' });

/** The organisation's measuring instrument; version 0 and isDefault: the ZRM 2017 default applies. */
export const zrmMatrixSettingViewSchema = z.object({ matrix: zrmMatrix, version: z.number(), isDefault: z.boolean() });
export type ZrmMatrixSettingView = z.output<typeof zrmMatrixSettingViewSchema>;

export const begeleidingContactViewSchema = z
  .object({
    id: z.string(),
    contactOn: z.string(),
    kind: z.string(),
    kindLabel: z.string(),
    minutes: z.number(),
    topic: z.string(),
    topicLabel: z.string(),
    /** null for roles that do not read the begeleider's words. */
    text: z.string().nullable(),
    createdByName: z.string().nullable(),
  })
  .meta({ id: 'BegeleidingContact' });
export type BegeleidingContactView = z.output<typeof begeleidingContactViewSchema>;

export const zrmMeasurementViewSchema = z
  .object({
    id: z.string(),
    measuredOn: z.string(),
    scores: z.array(z.object({ domain: z.string(), label: z.string(), score: z.number(), scoreLabel: z.string() })),
    createdByName: z.string().nullable(),
  })
  .meta({ id: 'ZelfredzaamheidMeting' });
export type ZrmMeasurementView = z.output<typeof zrmMeasurementViewSchema>;

export const begeleidingProblemViewSchema = z
  .object({
    id: z.string(),
    reportedOn: z.string(),
    text: z.string().nullable(),
    status: z.enum(['open', 'afgehandeld']),
    statusLabel: z.string(),
    handledOn: z.string().nullable(),
    handledNote: z.string().nullable(),
    reportedByName: z.string().nullable(),
    version: z.number(),
  })
  .meta({ id: 'BegeleidingProbleem' });
export type BegeleidingProblemView = z.output<typeof begeleidingProblemViewSchema>;

export const begeleidingPeriodViewSchema = z
  .object({ startedOn: z.string(), expectedEndOn: z.string(), endedOn: z.string().nullable(), version: z.number() })
  .meta({ id: 'BegeleidingPeriode' });
export type BegeleidingPeriodView = z.output<typeof begeleidingPeriodViewSchema>;

export const begeleidingViewSchema = z
  .object({
    matrix: zrmMatrix,
    contacts: z.array(begeleidingContactViewSchema),
    measurements: z.array(zrmMeasurementViewSchema),
    trend: z.object({
      dates: z.array(z.string()),
      rows: z.array(z.object({ domain: z.string(), label: z.string(), scores: z.array(z.number().nullable()), change: z.number().nullable() })),
    }),
    problems: z.array(begeleidingProblemViewSchema),
    period: begeleidingPeriodViewSchema.nullable(),
    /** The gemeente's duration of the begeleiding (months), for a new period's expected end. */
    defaultMonths: z.number(),
    /** False: the texts of contacts and problems are hidden for this role. */
    textsVisible: z.boolean(),
  })
  .meta({ id: 'Begeleiding' });
export type BegeleidingView = z.output<typeof begeleidingViewSchema>;

/** A line of "Mijn cliënten". */
export const clientListItemSchema = z.object({
  id: z.string(),
  caseNumber: z.string(),
  name: z.string(),
  gemeente: z.string(),
  preferredLanguage: z.string().nullable(),
  lastContactOn: z.string().nullable(),
  openProblems: z.number(),
  expectedEndOn: z.string().nullable(),
  endedOn: z.string().nullable(),
});
export type ClientListItem = z.output<typeof clientListItemSchema>;

export const clientAppointmentViewSchema = z.object({
  kind: z.enum(['gesprek', 'voortgangsgesprek', 'pvt']),
  label: z.string(),
  date: z.string(),
  time: z.string().nullable(),
  place: z.string().nullable(),
  interpreter: z.string().nullable(),
  status: z.string(),
});
export type ClientAppointmentView = z.output<typeof clientAppointmentViewSchema>;

/** Only these fields of the person leave the server for the begeleider (ADR 0149): no BSN, nothing of the intake. */
export const clientViewSchema = z
  .object({
    person: z.object({
      id: z.string(),
      caseNumber: z.string(),
      givenNames: z.string(),
      familyName: z.string(),
      phone: z.string().nullable(),
      email: z.string().nullable(),
      address: z.string().nullable(),
      preferredLanguage: z.string().nullable(),
      interpreterNeeded: z.boolean(),
    }),
    gemeente: z.string(),
    caseManager: z.string().nullable(),
    agreements: pipAgreements.nullable(),
    appointments: z.array(clientAppointmentViewSchema),
    begeleiding: begeleidingViewSchema,
  })
  .meta({ id: 'BegeleidingClient' });
export type ClientView = z.output<typeof clientViewSchema>;

const kindLabel = (k: string) => labelOf(begeleidingContactKindLabel, k);
const topicLabel = (t: string) => labelOf(begeleidingTopicLabel, t);

/** The organisation's matrix, or the ZRM 2017 default. */
export async function matrixOf(tx: Tx, organisationId: string): Promise<{ matrix: ZrmMatrix; version: number }> {
  const [row] = await tx.select({ matrix: zrmMatrices.matrix, version: zrmMatrices.version }).from(zrmMatrices).where(eq(zrmMatrices.organisationId, organisationId));
  return { matrix: readZrmMatrix(row?.matrix), version: row?.version ?? 0 };
}

export async function begeleidingMonthsOf(tx: Tx, gemeenteId: string): Promise<number> {
  const [g] = await tx.select({ settings: gemeentenInScope.settings }).from(gemeentenInScope).where(eq(gemeentenInScope.id, gemeenteId));
  return readGemeenteSettings(g?.settings).begeleidingMonths ?? DEFAULT_BEGELEIDING_MONTHS;
}

export function problemView(row: typeof begeleidingProblems.$inferSelect, reportedByName: string | null, principal: Principal): BegeleidingProblemView {
  const visible = readsBegeleidingTexts(principal);
  const status = row.status === 'afgehandeld' ? 'afgehandeld' : 'open';
  return {
    id: row.id,
    reportedOn: row.reportedOn,
    text: visible ? row.text : null,
    status,
    statusLabel: status === 'open' ? 'Open' : 'Afgehandeld',
    handledOn: row.handledOn,
    handledNote: visible ? row.handledNote : null,
    reportedByName,
    version: row.version,
  };
}

export function periodView(row: typeof begeleidingPeriods.$inferSelect | undefined): BegeleidingPeriodView | null {
  return row ? { startedOn: row.startedOn, expectedEndOn: row.expectedEndOn, endedOn: row.endedOn, version: row.version } : null;
}

export function measurementView(row: typeof zrmMeasurements.$inferSelect, createdByName: string | null): ZrmMeasurementView {
  const matrix = readZrmMatrix(row.matrix);
  return {
    id: row.id,
    measuredOn: row.measuredOn,
    scores: row.scores.map((s) => ({
      domain: s.domain,
      label: matrix.domains.find((d) => d.key === s.domain)?.label ?? s.domain,
      score: s.score,
      scoreLabel: matrix.scale[s.score - 1] ?? String(s.score),
    })),
    createdByName,
  };
}

export function contactView(row: typeof begeleidingContacts.$inferSelect, createdByName: string | null, principal: Principal): BegeleidingContactView {
  return {
    id: row.id,
    contactOn: row.contactOn,
    kind: row.kind,
    kindLabel: kindLabel(row.kind),
    minutes: row.minutes,
    topic: row.topic,
    topicLabel: topicLabel(row.topic),
    text: readsBegeleidingTexts(principal) ? row.text : null,
    createdByName,
  };
}

/** Everything of the begeleiding of one case, in the caller's transaction (the caller checked access and logs). */
export async function loadBegeleiding(tx: Tx, principal: Principal, caseRow: { id: string; gemeenteId: string }): Promise<BegeleidingView> {
  const caseId = caseRow.id;
  const { matrix } = await matrixOf(tx, principal.organisation.id);
  const contacts = await tx
    .select({ row: begeleidingContacts, name: users.name })
    .from(begeleidingContacts)
    .leftJoin(users, eq(users.id, begeleidingContacts.createdBy))
    .where(eq(begeleidingContacts.caseId, caseId))
    .orderBy(desc(begeleidingContacts.contactOn), desc(begeleidingContacts.createdAt));
  const measurements = await tx
    .select({ row: zrmMeasurements, name: users.name })
    .from(zrmMeasurements)
    .leftJoin(users, eq(users.id, zrmMeasurements.createdBy))
    .where(eq(zrmMeasurements.caseId, caseId))
    .orderBy(asc(zrmMeasurements.measuredOn), asc(zrmMeasurements.createdAt));
  const problems = await tx
    .select({ row: begeleidingProblems, name: users.name })
    .from(begeleidingProblems)
    .leftJoin(users, eq(users.id, begeleidingProblems.createdBy))
    .where(eq(begeleidingProblems.caseId, caseId))
    .orderBy(desc(begeleidingProblems.reportedOn), desc(begeleidingProblems.createdAt));
  const [period] = await tx.select().from(begeleidingPeriods).where(eq(begeleidingPeriods.caseId, caseId));
  return {
    matrix,
    contacts: contacts.map((c) => contactView(c.row, c.name, principal)),
    measurements: measurements.map((m) => measurementView(m.row, m.name)),
    trend: zrmTrend(matrix, measurements.map((m) => ({ measuredOn: m.row.measuredOn, scores: m.row.scores }))),
    problems: problems.map((p) => problemView(p.row, p.name, principal)),
    period: periodView(period),
    defaultMonths: await begeleidingMonthsOf(tx, caseRow.gemeenteId),
    textsVisible: readsBegeleidingTexts(principal),
  };
}
