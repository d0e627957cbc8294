// What the traject part of the case file shows: placements and hours, each with the status of
// its latest DUO message.
import { z } from 'zod';
import { explanation } from '../../contract/view-fields.ts';
import { hoursCategory } from './traject.types.ts';
import type { casePlacements, duoOutbox } from '../../db/schema.ts';

export type PlacementRow = typeof casePlacements.$inferSelect;
export type OutboxRow = typeof duoOutbox.$inferSelect;

/** The state of one melding, as the case file shows it ('wachtend', 'bevestigd', 'afgewezen', …). */
export const duoMessageStatusSchema = z
  .object({ id: z.string(), operation: z.string(), status: z.string(), lastError: z.string().nullable(), createdAt: z.string(), sentAt: z.string().nullable() })
  .meta({ id: 'DuoBerichtStatus' });
export type DuoMessageStatus = z.output<typeof duoMessageStatusSchema>;

export const placementViewSchema = z
  .object({
    id: z.string(),
    instellingsnummer: z.string(),
    instellingNaam: z.string(),
    offeredOn: z.string(),
    expectedStartOn: z.string().nullable(),
    expectedEndOn: z.string().nullable(),
    literacy: z.string(),
    /** 'actief', 'vervangen' (a newer aanbod at the same instelling) or 'ingetrokken'. */
    status: z.string(),
    withdrawnOn: z.string().nullable(),
    withdrawReason: z.string().nullable(),
    createdAt: z.string(),
    /** The contract it is under (ADR 0116), with the chosen location and start moment. */
    contractId: z.string().nullable(),
    location: z.string().nullable(),
    startMoment: z.string().nullable(),
    /** The latest melding for this placement (registration or withdrawal); null: none (no BSN). */
    duo: duoMessageStatusSchema.nullable(),
  })
  .meta({ id: 'Inburgeringsaanbod' });
export type PlacementView = z.output<typeof placementViewSchema>;

export const hoursViewSchema = z.object({
  category: hoursCategory,
  label: z.string(),
  total: z.number().nullable(),
  asOf: z.string().nullable(),
  /** Optimistic locking: 0 while nothing was recorded. */
  version: z.number().describe('0 voor een categorie zonder vastgelegde uren'),
  /** May this category be reported for this person (route, target group)? */
  allowed: z.boolean(),
  explanation,
  duo: duoMessageStatusSchema.nullable(),
});
export type HoursView = z.output<typeof hoursViewSchema>;

export const trajectViewSchema = z
  .object({
    caseId: z.string(),
    hasBsn: z.boolean(),
    currentPip: z.object({ route: z.string().nullable(), issuedOn: z.string().nullable() }).nullable(),
    term: z.object({ start: z.string(), endExclusive: z.string() }).nullable(),
    placements: z.array(placementViewSchema),
    hours: z.array(hoursViewSchema),
  })
  .meta({ id: 'Traject' });
export type TrajectView = z.output<typeof trajectViewSchema>;

/** The total of one category after recording it. */
export const recordedHoursSchema = z.object({
  category: hoursCategory,
  total: z.number(),
  asOf: z.string(),
  version: z.number(),
  /** A melding for DUO was queued (false: the total did not change, or no BSN). */
  queued: z.boolean(),
});
export type RecordedHours = z.output<typeof recordedHoursSchema>;

/** An instelling as Koers shows and checks it. */
export const instellingViewSchema = z
  .object({
    instellingsnummer: z.string(),
    naam: z.string(),
    plaatsnaam: z.string(),
    /** Blik op Werk keurmerk. */
    keurmerk: z.boolean(),
    /** Recognised taalschakel institution (TST keurmerk). */
    taalschakel: z.boolean(),
  })
  .meta({ id: 'DuoInstelling' });
export type InstellingView = z.output<typeof instellingViewSchema>;

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
