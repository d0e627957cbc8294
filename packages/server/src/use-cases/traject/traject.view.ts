// What the traject part of the case file shows: placements and hours, each with the status of
// its latest DUO message.
import type { HoursCategory } from '@koers/domain';
import type { Explanation } from '@koers/domain';
import type { casePlacements, duoOutbox } from '../../db/schema.ts';

export type PlacementRow = typeof casePlacements.$inferSelect;
export type OutboxRow = typeof duoOutbox.$inferSelect;

/** The state of one melding, as the case file shows it ('wachtend', 'bevestigd', 'afgewezen', …). */
export interface DuoMessageStatus {
  id: string;
  operation: string;
  status: string;
  lastError: string | null;
  createdAt: string;
  sentAt: string | null;
}

export interface PlacementView {
  id: string;
  instellingsnummer: string;
  instellingNaam: string;
  offeredOn: string;
  expectedStartOn: string | null;
  expectedEndOn: string | null;
  literacy: string;
  /** 'actief', 'vervangen' (a newer aanbod at the same instelling) or 'ingetrokken'. */
  status: string;
  withdrawnOn: string | null;
  withdrawReason: string | null;
  createdAt: string;
  /** The contract it is under (ADR 0116), with the chosen location and start moment. */
  contractId: string | null;
  location: string | null;
  startMoment: string | null;
  /** The latest melding for this placement (registration or withdrawal); null: none (no BSN). */
  duo: DuoMessageStatus | null;
}

export interface HoursView {
  category: HoursCategory;
  label: string;
  total: number | null;
  asOf: string | null;
  /** Optimistic locking: 0 while nothing was recorded. */
  version: number;
  /** May this category be reported for this person (route, target group)? */
  allowed: boolean;
  explanation: Explanation;
  duo: DuoMessageStatus | null;
}

export interface TrajectView {
  caseId: string;
  hasBsn: boolean;
  currentPip: { route: string | null; issuedOn: string | null } | null;
  term: { start: string; endExclusive: string } | null;
  placements: PlacementView[];
  hours: HoursView[];
}

export function messageStatus(m: OutboxRow | undefined | null): DuoMessageStatus | null {
  if (!m) return null;
  return { id: m.id, operation: m.operation, status: m.status, lastError: m.lastError, createdAt: m.createdAt.toISOString(), sentAt: m.sentAt?.toISOString() ?? null };
}

export function placementView(p: PlacementRow, duo: DuoMessageStatus | null): PlacementView {
  return {
    id: p.id,
    instellingsnummer: p.instellingsnummer,
    instellingNaam: p.instellingNaam,
    offeredOn: p.offeredOn,
    expectedStartOn: p.expectedStartOn,
    expectedEndOn: p.expectedEndOn,
    literacy: p.literacy,
    status: p.status,
    withdrawnOn: p.withdrawnOn,
    withdrawReason: p.withdrawReason,
    createdAt: p.createdAt.toISOString(),
    contractId: p.contractId,
    location: p.location,
    startMoment: p.startMoment,
    duo,
  };
}
