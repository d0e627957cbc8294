// What the starting process and the preparing process of a new PGlite data folder say to each other
// over the IPC channel of `fork` (ADR 0110, twelfth session). The secret travels here, not in the
// command line or the environment of the child, where `ps` could show it.
import { z } from 'zod';

/** The argument that makes the server's program prepare a data folder instead of serving. */
export const prepareFlag = '--prepare-data-folder';

/** The preparing process is listening: only then is the job sent (a message before that would be lost). */
export const preparingReady = z.object({ ready: z.literal(true) });

export const preparationJob = z.object({
  dataDir: z.string().min(1),
  demo: z.boolean(),
  secret: z.string(),
  /** The start's clock, ISO 8601: the demo dates are relative to it. */
  now: z.iso.datetime(),
});
export type PreparationJob = z.infer<typeof preparationJob>;

export const preparationResult = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), seeded: z.boolean() }),
  /** The Dutch reason of `explainStartupFailure`, made where the error is. */
  z.object({ ok: z.literal(false), explanation: z.string() }),
]);
export type PreparationResult = z.infer<typeof preparationResult>;
