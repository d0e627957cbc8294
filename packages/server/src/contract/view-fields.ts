// Response pieces that many views share. A view file builds its response schema from these and infers
// its type from that schema (ADR 0105), so the API contract is written once.
import { z } from 'zod';

/** How a rule reached its outcome, with the articles it applied (the domain's `Explanation`). */
export const explanation = z
  .object({
    summary: z.string(),
    steps: z.array(z.object({ text: z.string(), articles: z.array(z.string()).readonly() })).readonly(),
    articles: z.array(z.string()).readonly(),
  })
  .meta({ id: 'Uitleg' });

/** A half-open date period (the domain's `Period`). */
export const period = z.object({ start: z.string(), endExclusive: z.string() }).meta({ id: 'Periode' });

/** A gemeente as lists and sessions name it. */
export const gemeenteRef = z.object({ id: z.string(), code: z.string(), name: z.string() });

export const historyEntry = z
  .object({
    id: z.number(),
    action: z.string(),
    at: z.string(),
    actorName: z.string(),
    changes: z.record(z.string(), z.object({ from: z.unknown(), to: z.unknown() })),
    reason: z.string().nullable(),
  })
  .meta({ id: 'Wijziging' });

/** The agreements of a case's current PIP, as the case file and the begeleider's client page show them. */
export const pipAgreements = z.object({
  pipVersion: z.number(),
  issuedOn: z.string().nullable(),
  route: z.string().nullable(),
  level: z.string().nullable(),
  intensity: z.string().nullable(),
  hoursPerWeek: z.number().nullable(),
  support: z.string().nullable(),
  participation: z.string().nullable(),
  pvtIntensity: z.string().nullable(),
  mapIntensity: z.string().nullable(),
  progressMeetings: z.number().nullable(),
});
