/**
 * The meldingen Koers sends to DUO through the outbox, described once each: the payload stored in
 * `duo_outbox.payload` (zod), the DUO operation it becomes with its path and body, its label in
 * Dutch, and the check (rule D1–D4) a melding must pass before it is queued. The payload carries
 * DUO's own request body (names as in the OpenAPI files), so what is stored is exactly what is sent.
 */
import { z } from 'zod';
import type { DuoOperationId } from '@koers/duo';
import { keysOf } from '../util/records.ts';

const bsn = z.string().regex(/^\d{9}$/, 'BSN heeft 9 cijfers');
const body = z.record(z.string(), z.unknown());
const duoId = z.number().int().positive();

/** Which check a melding must pass before it is queued (MAP and PVT dates: D4; PIP: D1; withdrawal: D2; aanbod: D3). */
export type DuoPrecheckRule = 'pip' | 'pip-withdrawal' | 'placement' | 'result-date' | 'none';

interface OutboxEntry<S extends z.ZodType> {
  readonly payload: S;
  readonly duoOperation: DuoOperationId;
  readonly label: string;
  readonly precheck: DuoPrecheckRule;
  // Method syntax on purpose: the catalogue is read through `OutboxEntry<z.ZodType>` (bivariant parameter).
  request(p: z.infer<S>): { pathParams: Record<string, string | number>; body: unknown };
}
const entry = <S extends z.ZodType>(e: OutboxEntry<S>): OutboxEntry<S> => e;

const byBsn = (p: { bsn: string }) => ({ bsn: p.bsn });

export const outboxCatalogue = {
  'pip.register': entry({ payload: z.object({ bsn, pip: body }), duoOperation: 'postPipByBsn', label: 'het PIP (registratie)', precheck: 'pip', request: (p) => ({ pathParams: byBsn(p), body: p.pip }) }),
  'pip.change': entry({ payload: z.object({ bsn, pip: body }), duoOperation: 'postPipByBsn', label: 'het gewijzigde PIP', precheck: 'pip', request: (p) => ({ pathParams: byBsn(p), body: p.pip }) }),
  'pip.withdraw': entry({ payload: z.object({ bsn }), duoOperation: 'deletePipByBsn', label: 'het intrekken van het PIP', precheck: 'pip-withdrawal', request: (p) => ({ pathParams: byBsn(p), body: undefined }) }),
  'aanbod.register': entry({
    payload: z.object({ bsn, instellingsnummer: z.string().min(1), aanbod: body }),
    duoOperation: 'postInburgeringsaanbodByBsnAndInstellingsnummer',
    label: 'het inburgeringsaanbod',
    precheck: 'placement',
    request: (p) => ({ pathParams: { bsn: p.bsn, instellingsnummer: p.instellingsnummer }, body: p.aanbod }),
  }),
  'aanbod.withdraw': entry({
    payload: z.object({ bsn, instellingsnummer: z.string().min(1) }),
    duoOperation: 'deleteInburgeringsaanbodByBsnAndInstellingsnumer',
    label: 'het intrekken van het inburgeringsaanbod',
    precheck: 'none',
    request: (p) => ({ pathParams: { bsn: p.bsn, instellingsnummer: p.instellingsnummer }, body: undefined }),
  }),
  'map.result': entry({ payload: z.object({ bsn, resultaat: body }), duoOperation: 'updateMapByBsn', label: 'het resultaat MAP', precheck: 'result-date', request: (p) => ({ pathParams: byBsn(p), body: p.resultaat }) }),
  'pvt.result': entry({ payload: z.object({ bsn, resultaat: body }), duoOperation: 'updatePvtByBsn', label: 'het resultaat PVT', precheck: 'result-date', request: (p) => ({ pathParams: byBsn(p), body: p.resultaat }) }),
  'zroute.result': entry({ payload: z.object({ bsn, resultaat: body }), duoOperation: 'updateZrouteByBsn', label: 'de afronding Z-route', precheck: 'none', request: (p) => ({ pathParams: byBsn(p), body: p.resultaat }) }),
  'uren.taallesknm': entry({ payload: z.object({ bsn, uren: body }), duoOperation: 'updateUrenTaallesEnKnmByBSN', label: 'de gevolgde uren taalles en KNM', precheck: 'none', request: (p) => ({ pathParams: byBsn(p), body: p.uren }) }),
  'uren.participatieactiviteiten': entry({
    payload: z.object({ bsn, uren: body }),
    duoOperation: 'updateUrenParticipatieactiviteiten',
    label: 'de gevolgde uren participatieactiviteiten',
    precheck: 'none',
    request: (p) => ({ pathParams: byBsn(p), body: p.uren }),
  }),
  'uren.participatietaalles': entry({
    payload: z.object({ bsn, uren: body }),
    duoOperation: 'updateUrenParticipatieAlsTaallesByBsn',
    label: 'de gevolgde uren participatie als taalles',
    precheck: 'none',
    request: (p) => ({ pathParams: byBsn(p), body: p.uren }),
  }),
  /** `contactpersoonId`: the Koers row (duo_contactpersonen) that gets DUO's id when confirmed. */
  'contactpersoon.register': entry({
    payload: z.object({ contactpersoonId: z.uuid(), gegevens: body }),
    duoOperation: 'createContactpersoon',
    label: 'het aanmelden van de contactpersoon',
    precheck: 'none',
    request: (p) => ({ pathParams: {}, body: p.gegevens }),
  }),
  'contactpersoon.link': entry({ payload: z.object({ bsn, id: duoId }), duoOperation: 'postContactpersoonByBsn', label: 'het koppelen van de contactpersoon', precheck: 'none', request: (p) => ({ pathParams: { id: p.id, bsn: p.bsn }, body: undefined }) }),
  'contactpersoon.unlink': entry({ payload: z.object({ bsn, id: duoId }), duoOperation: 'deleteContactpersoonByBsn', label: 'het ontkoppelen van de contactpersoon', precheck: 'none', request: (p) => ({ pathParams: { id: p.id, bsn: p.bsn }, body: undefined }) }),
  'contactpersoon.change': entry({ payload: z.object({ id: duoId, gegevens: body }), duoOperation: 'updateContactpersoonById', label: 'de gewijzigde contactpersoon', precheck: 'none', request: (p) => ({ pathParams: { id: p.id }, body: p.gegevens }) }),
  'contactpersoon.delete': entry({ payload: z.object({ id: duoId }), duoOperation: 'deleteContactpersoonById', label: 'het verwijderen van de contactpersoon', precheck: 'none', request: (p) => ({ pathParams: { id: p.id }, body: undefined }) }),
} as const;

export type OutboxOperation = keyof typeof outboxCatalogue;
export type OutboxPayload<O extends OutboxOperation> = z.infer<(typeof outboxCatalogue)[O]['payload']>;

export function isOutboxOperation(value: string): value is OutboxOperation {
  return Object.hasOwn(outboxCatalogue, value);
}

export const outboxOperations: OutboxOperation[] = keysOf(outboxCatalogue);

/** The catalogue entry of an operation, read without its payload type (for code that handles any melding). */
export const outboxEntry = (operation: OutboxOperation): OutboxEntry<z.ZodType> => outboxCatalogue[operation];

export function duoRequestOperation(operation: OutboxOperation): DuoOperationId {
  return outboxCatalogue[operation].duoOperation;
}

export function outboxLabel(operation: string): string {
  return isOutboxOperation(operation) ? outboxCatalogue[operation].label : `bericht ${operation}`;
}

export interface DuoRequest {
  operationId: DuoOperationId;
  pathParams: Record<string, string | number>;
  body: unknown;
}

/** The DUO request of an outbox row (throws a ZodError when the stored payload is malformed). */
export function duoRequestFor(operation: OutboxOperation, payload: unknown): DuoRequest {
  const e = outboxEntry(operation);
  return { operationId: e.duoOperation, ...e.request(e.payload.parse(payload)) };
}
