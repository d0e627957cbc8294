// What the case file shows of handhaving: every amount and explanation comes from the rules core
// (stored at the step, or computed here on the server) — the browser never computes a fine.
import {
  collectionStatusLabel,
  fineContextFor,
  fineFor,
  nextSteps,
  outstandingCents,
  stepArticles,
  violationGroundLabel,
  violationSourceLabel,
  beroepOutcomes,
  bezwaarOutcomes,
  collectionStatuses,
  duoFineKinds,
  handhavingStages,
  handhavingStepKinds,
  violationGrounds,
  violationSourceKinds,
  zienswijzeForms,
  type Culpability,
  type FineTerm,
  type HandhavingStage,
  type HandhavingStepKind,
  type StoredViolation,
} from '@koers/domain';
import { z } from 'zod';
import { explanation } from '../../contract/view-fields.ts';
import { knownValue } from '../known-value.ts';
import type { handhavingFines, handhavingSteps } from '../../db/schema.ts';
import { stateOf, type ViolationRow } from './handhaving-support.ts';
import { isKeyOf } from '../../util/guards.ts';

export const stageLabel: Record<HandhavingStage, string> = {
  geconstateerd: 'Geconstateerd',
  gewaarschuwd: 'Gewaarschuwd',
  voornemen: 'Voornemen tot boete',
  'geen-boete': 'Besloten: geen boete',
  beschikking: 'Boete opgelegd',
  onherroepelijk: 'Boete onherroepelijk',
  vervallen: 'Boete vervallen',
};

export const stepLabel: Record<HandhavingStepKind | 'geconstateerd', string> = {
  geconstateerd: 'Overtreding vastgelegd',
  'bijstand-verlaagd': 'Bijstand al verlaagd (Participatiewet)',
  waarschuwing: 'Schriftelijke waarschuwing',
  voornemen: 'Voornemen tot boete',
  zienswijze: 'Zienswijze',
  besluit: 'Besluit',
  bezwaar: 'Bezwaar ontvangen',
  'bezwaar-beslist': 'Beslissing op bezwaar',
  beroep: 'Beroep ingesteld',
  'beroep-beslist': 'Uitspraak in beroep',
  onherroepelijk: 'Boete onherroepelijk',
};

type StepRow = typeof handhavingSteps.$inferSelect;
type FineRow = typeof handhavingFines.$inferSelect;

const culpabilities = ['opzet', 'grove-schuld', 'normaal', 'verminderd'] as const satisfies readonly Culpability[];

const remedy = z
  .object({
    receivedOn: z.string(),
    outcome: z.union([z.enum(bezwaarOutcomes), z.enum(beroepOutcomes)]).nullable(),
    decidedOn: z.string().nullable(),
    loweredFromCents: z.number().nullable().optional(),
  })
  .nullable();

/** The lifecycle state as the rules core keeps it (dates, terms, zienswijze, bezwaar, beroep): the part the screen reads. */
const handhavingStateView = z.object({
  bijstandLowered: z.object({ decisionOn: z.string(), documentId: z.string().nullable() }).nullable(),
  warning: z.object({ sentOn: z.string(), respondBy: z.string() }).nullable(),
  voornemen: z
    .object({
      on: z.string(),
      culpability: z.enum(culpabilities).nullable(),
      motivation: z.string(),
      reduction: z.object({ cents: z.number(), reason: z.string() }).nullable(),
      amountCents: z.number(),
      zienswijzeBy: z.string(),
    })
    .nullable(),
  zienswijze: z.object({ form: z.enum(zienswijzeForms), on: z.string(), summary: z.string() }).nullable(),
  beschikking: z.object({ notifiedOn: z.string(), amountCents: z.number(), newDeadline: z.string().nullable() }).nullable(),
  bezwaar: remedy,
  beroep: remedy,
  finalOn: z.string().nullable(),
});

const amount = z.object({ amountCents: z.number(), explanation });

export const stepViewSchema = z.object({
  kind: z.string(),
  label: z.string(),
  article: z.string().nullable(),
  occurredOn: z.string(),
  authorName: z.string().nullable(),
  documentId: z.string().nullable(),
  summary: z.string(),
});
export type StepView = z.output<typeof stepViewSchema>;

export const fineViewSchema = z
  .object({
    id: z.string(),
    amountCents: z.number(),
    computation: explanation,
    status: z.string(),
    statusLabel: z.string(),
    collectionStatus: z.enum(collectionStatuses),
    collectionStatusLabel: z.string(),
    paidCents: z.number(),
    outstandingCents: z.number(),
    collectionNote: z.string().nullable(),
    version: z.number(),
  })
  .meta({ id: 'Boete' });
export type FineView = z.output<typeof fineViewSchema>;

export const violationViewSchema = z
  .object({
    id: z.string(),
    ground: z.enum(violationGrounds),
    groundLabel: z.string(),
    article: z.number(),
    establishedOn: z.string(),
    source: z.object({ kind: z.enum(violationSourceKinds), kindLabel: z.string(), id: z.string().nullable(), description: z.string() }),
    facts: z.string(),
    stage: z.enum(handhavingStages),
    stageLabel: z.string(),
    version: z.number(),
    /** The lifecycle state as the rules core keeps it (dates, terms, zienswijze, bezwaar, beroep). */
    state: handhavingStateView,
    steps: z.array(stepViewSchema),
    nextSteps: z.array(z.object({ kind: z.enum(handhavingStepKinds), label: z.string() })),
    /** The voornemen's amount and explanation as stored when it was made. */
    proposal: amount.nullable(),
    /** What a decision to fine would impose today, from the rules core and the stored history (the cap may have moved). */
    decisionPreview: amount.nullable(),
    decision: z
      .object({
        fine: z.boolean(),
        on: z.string(),
        reason: z.string().nullable(),
        preparedByName: z.string().nullable(),
        decidedByName: z.string().nullable(),
      })
      .nullable(),
    fine: fineViewSchema.nullable(),
  })
  .meta({ id: 'Overtreding' });
export type ViolationView = z.output<typeof violationViewSchema>;

/** A DUO fine recorded from DUO's beschikking, with its effect on the termijn and the cap (ADR 0145). */
export const duoFineViewSchema = z
  .object({
    id: z.string(),
    kind: z.enum(duoFineKinds),
    kindLabel: z.string(),
    article: z.string(),
    decisionOn: z.string(),
    amountCents: z.number(),
    newTermMonths: z.number().nullable(),
    newTermEnd: z.string().nullable(),
    /** The cap for the gemeente's own fines in the new termijn, or null when the fine set none. */
    capCents: z.number().nullable(),
    effect: explanation,
    documentId: z.string().nullable(),
    note: z.string().nullable(),
    source: z.string(),
    withdrawnOn: z.string().nullable(),
    reviewedOn: z.string().nullable(),
    version: z.number(),
  })
  .meta({ id: 'DuoBoete' });
export type DuoFineView = z.output<typeof duoFineViewSchema>;

export const handhavingViewSchema = z
  .object({
    violations: z.array(violationViewSchema),
    term: z.object({ capCents: z.number(), imposedCents: z.number(), roomCents: z.number(), overCapCents: z.number(), explanation }),
    outstandingCents: z.number(),
    /** C6: DUO's own fines with their effect (new termijn, lower cap), recorded from DUO's beschikking (ADR 0145). */
    duoFines: z.object({ items: z.array(duoFineViewSchema), note: z.string(), termEndExclusive: z.string().nullable() }),
    canDecide: z.boolean(),
  })
  .meta({ id: 'Handhaving' });
export type HandhavingView = z.output<typeof handhavingViewSchema>;

/** What a write on a violation answers: the violation, its new version and the letter it made, if any. */
export const handhavingWrittenSchema = z.object({ id: z.string(), version: z.number(), documentId: z.string().nullable().optional() });
export type HandhavingWritten = z.output<typeof handhavingWrittenSchema>;

/** A line of the teamleider's list of open handhaving. */
export const openHandhavingItemSchema = z.object({
  violationId: z.string(),
  caseId: z.string(),
  caseNumber: z.string().nullable(),
  name: z.string(),
  caseManagerName: z.string().nullable(),
  article: z.number(),
  groundLabel: z.string(),
  establishedOn: z.string(),
  stage: z.enum(handhavingStages),
  stageLabel: z.string(),
});
export type OpenHandhavingItem = z.output<typeof openHandhavingItemSchema>;

export function fineView(row: FineRow): FineView {
  const status = row.collectionStatus;
  return {
    id: row.id,
    amountCents: row.amountCents,
    computation: row.computation,
    status: row.status,
    statusLabel: row.status === 'onherroepelijk' ? 'onherroepelijk' : row.status === 'vervallen' ? 'vervallen' : 'opgelegd',
    collectionStatus: status,
    collectionStatusLabel: collectionStatusLabel[status],
    paidCents: row.paidCents,
    outstandingCents: row.status === 'vervallen' ? 0 : outstandingCents(row.amountCents, status, row.paidCents),
    collectionNote: row.collectionNote,
    version: row.version,
  };
}

export function violationView(
  row: ViolationRow,
  all: readonly StoredViolation[],
  term: FineTerm,
  steps: readonly (StepRow & { authorName: string | null })[],
  fine: FineRow | null,
  names: ReadonlyMap<string, string>,
): ViolationView {
  const state = stateOf(row);
  const voornemenStep = steps.find((s) => s.kind === 'voornemen');
  const stored = voornemenStep?.data;
  const preview =
    state.stage === 'voornemen' && state.voornemen
      ? fineFor(state, state.voornemen.culpability, state.voornemen.reduction, fineContextFor(row.id, all, term))
      : null;
  return {
    id: row.id,
    ground: knownValue(violationGrounds, row.ground, 'handhaving_violations.ground'),
    groundLabel: violationGroundLabel[state.ground],
    article: row.article,
    establishedOn: row.establishedOn,
    source: {
      kind: state.source.kind,
      kindLabel: violationSourceLabel[state.source.kind],
      id: state.source.id,
      description: state.source.description,
    },
    facts: state.facts,
    stage: state.stage,
    stageLabel: stageLabel[state.stage],
    version: row.version,
    state,
    steps: steps.map((s) => ({
      kind: s.kind,
      label: isKeyOf(stepLabel, s.kind) ? stepLabel[s.kind] : s.kind,
      article: isKeyOf(stepArticles, s.kind) ? stepArticles[s.kind] : null,
      occurredOn: s.occurredOn,
      authorName: s.authorName,
      documentId: s.documentId,
      summary: typeof s.data.summary === 'string' ? s.data.summary : '',
    })),
    nextSteps: nextSteps(state).map((kind) => ({ kind, label: stepLabel[kind] })),
    proposal: state.voornemen && stored?.explanation ? { amountCents: state.voornemen.amountCents, explanation: stored.explanation } : null,
    decisionPreview: preview ? { amountCents: preview.value, explanation: preview.explanation } : null,
    decision: state.decision
      ? {
          fine: state.decision.fine,
          on: state.decision.on,
          reason: state.decision.reason,
          preparedByName: names.get(state.decision.preparedBy) ?? null,
          decidedByName: names.get(state.decision.decidedBy) ?? null,
        }
      : null,
    fine: fine ? fineView(fine) : null,
  };
}
