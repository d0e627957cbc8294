// What the begeleiding part shows, for the begeleider's own screen and the regisseur's case file alike.
import { asc, desc, eq } from 'drizzle-orm';
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

export interface BegeleidingContactView {
  id: string;
  contactOn: string;
  kind: string;
  kindLabel: string;
  minutes: number;
  topic: string;
  topicLabel: string;
  /** null for roles that do not read the begeleider's words. */
  text: string | null;
  createdByName: string | null;
}

export interface ZrmMeasurementView {
  id: string;
  measuredOn: string;
  scores: { domain: string; label: string; score: number; scoreLabel: string }[];
  createdByName: string | null;
}

export interface BegeleidingProblemView {
  id: string;
  reportedOn: string;
  text: string | null;
  status: 'open' | 'afgehandeld';
  statusLabel: string;
  handledOn: string | null;
  handledNote: string | null;
  reportedByName: string | null;
  version: number;
}

export interface BegeleidingPeriodView {
  startedOn: string;
  expectedEndOn: string;
  endedOn: string | null;
  version: number;
}

export interface BegeleidingView {
  matrix: ZrmMatrix;
  contacts: BegeleidingContactView[];
  measurements: ZrmMeasurementView[];
  trend: { dates: string[]; rows: { domain: string; label: string; scores: (number | null)[]; change: number | null }[] };
  problems: BegeleidingProblemView[];
  period: BegeleidingPeriodView | null;
  /** The gemeente's duration of the begeleiding (months), for a new period's expected end. */
  defaultMonths: number;
  /** False: the texts of contacts and problems are hidden for this role. */
  textsVisible: boolean;
}

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
