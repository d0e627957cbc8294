/** What every operation handler shares: its input, its result and the person lookup. */
import { isValidBsn } from '@koers/domain';
import type { SpecOperation } from '../../spec.ts';
import type { IsoDate } from '../../types.ts';
import type { SimContext } from '../context.ts';
import { isRelevantFor } from '../rules.ts';
import { seedPerson } from '../seeding.ts';
import type { SimGemeente, SimPerson } from '../state.ts';

export interface SimResult {
  readonly status: number;
  readonly body?: unknown;
}

/** One validated, authorised request to a DUO operation. */
export interface OpContext {
  readonly sim: SimContext;
  readonly op: SpecOperation;
  /** The calling gemeente (`bron`). */
  readonly gemeente: SimGemeente;
  readonly params: Readonly<Record<string, string>>;
  readonly body: unknown;
  readonly today: IsoDate;
}

export type OperationHandler = (ctx: OpContext) => SimResult;
/** Handlers by operationId. */
export type OperationHandlers = Readonly<Record<string, OperationHandler>>;

export const ok = (status: number, body?: unknown): SimResult => (body === undefined ? { status } : { status, body });

/** 403 with a Foutmelding[] body where the operation's spec defines one, else without body. */
export const fouten = (ctx: Pick<OpContext, 'op'>, errors: string[]): SimResult =>
  ctx.op.responses['403']?.bodySchema ? { status: 403, body: errors.map((fouttekst) => ({ fouttekst: fouttekst.slice(0, 200) })) } : { status: 403 };

/** The person of the path's BSN; in demo mode (`adoptUnknownPersons`) an unknown valid BSN becomes one of the calling gemeente. */
export function knownPerson(ctx: OpContext): SimPerson | undefined {
  const bsn = ctx.params['bsn'] ?? '';
  const { sim } = ctx;
  return sim.state.persons.get(bsn) ?? (sim.options.adoptUnknownPersons && isValidBsn(bsn) ? seedPerson(sim, { bsn, gemeenteOin: ctx.gemeente.oin }) : undefined);
}

/** The known person, if relevant for the calling gemeente; else the answer (404 or 403). */
export function personFor(ctx: OpContext): SimPerson | SimResult {
  const p = knownPerson(ctx);
  if (!p) return ok(404);
  if (!isRelevantFor(p, ctx.gemeente.oin, ctx.today)) return fouten(ctx, ['De persoon is niet relevant voor uw gemeente.']);
  return p;
}

export const isResult = (x: SimPerson | SimResult): x is SimResult => 'status' in x;

/** The answer of `fn` for the path's person, or the answer without one (see `personFor`). */
export function forPerson(ctx: OpContext, fn: (p: SimPerson) => SimResult): SimResult {
  const p = personFor(ctx);
  return isResult(p) ? p : fn(p);
}

/** A handler for an operation on the path's person (see `personFor`). */
export function withPerson(fn: (p: SimPerson, ctx: OpContext) => SimResult): OperationHandler {
  return (ctx) => forPerson(ctx, (p) => fn(p, ctx));
}
