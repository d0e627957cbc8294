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
  type CollectionStatus,
  type Explanation,
  type FineTerm,
  type HandhavingStage,
  type HandhavingState,
  type HandhavingStepKind,
  type StoredViolation,
  type ViolationGround,
  type ViolationSourceKind,
  violationGrounds,
} from '@koers/domain';
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

export interface StepView {
  kind: string;
  label: string;
  article: string | null;
  occurredOn: string;
  authorName: string | null;
  documentId: string | null;
  summary: string;
}

export interface FineView {
  id: string;
  amountCents: number;
  computation: Explanation;
  status: string;
  statusLabel: string;
  collectionStatus: CollectionStatus;
  collectionStatusLabel: string;
  paidCents: number;
  outstandingCents: number;
  collectionNote: string | null;
  version: number;
}

export interface ViolationView {
  id: string;
  ground: ViolationGround;
  groundLabel: string;
  article: number;
  establishedOn: string;
  source: { kind: ViolationSourceKind; kindLabel: string; id: string | null; description: string };
  facts: string;
  stage: HandhavingStage;
  stageLabel: string;
  version: number;
  state: HandhavingState;
  steps: StepView[];
  nextSteps: { kind: HandhavingStepKind; label: string }[];
  /** The voornemen's amount and explanation as stored when it was made. */
  proposal: { amountCents: number; explanation: Explanation } | null;
  /** What a decision to fine would impose today, from the rules core and the stored history (the cap may have moved). */
  decisionPreview: { amountCents: number; explanation: Explanation } | null;
  decision: { fine: boolean; on: string; reason: string | null; preparedByName: string | null; decidedByName: string | null } | null;
  fine: FineView | null;
}

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
