/**
 * The meldingen Koers sends to DUO through the outbox: per outbox `operation`, the payload stored
 * in `duo_outbox.payload` (zod) and the DUO operation it becomes. The payload carries DUO's own
 * request body (names as in the OpenAPI files), so what is stored is exactly what is sent.
 */
import { z } from 'zod';
import type { DuoOperationId } from '@koers/duo';

const bsn = z.string().regex(/^\d{9}$/, 'BSN heeft 9 cijfers');
const body = z.record(z.string(), z.unknown());

export const outboxPayloads = {
  'pip.register': z.object({ bsn, pip: body }),
  'pip.change': z.object({ bsn, pip: body }),
  'pip.withdraw': z.object({ bsn }),
  'aanbod.register': z.object({ bsn, instellingsnummer: z.string().min(1), aanbod: body }),
  'aanbod.withdraw': z.object({ bsn, instellingsnummer: z.string().min(1) }),
  'map.result': z.object({ bsn, resultaat: body }),
  'pvt.result': z.object({ bsn, resultaat: body }),
  'zroute.result': z.object({ bsn, resultaat: body }),
  'uren.taallesknm': z.object({ bsn, uren: body }),
  'uren.participatieactiviteiten': z.object({ bsn, uren: body }),
  'uren.participatietaalles': z.object({ bsn, uren: body }),
  /** `contactpersoonId`: the Koers row (duo_contactpersonen) that gets DUO's id when confirmed. */
  'contactpersoon.register': z.object({ contactpersoonId: z.uuid(), gegevens: body }),
  'contactpersoon.link': z.object({ bsn, id: z.number().int().positive() }),
  'contactpersoon.unlink': z.object({ bsn, id: z.number().int().positive() }),
  'contactpersoon.change': z.object({ id: z.number().int().positive(), gegevens: body }),
  'contactpersoon.delete': z.object({ id: z.number().int().positive() }),
} as const;

export type OutboxOperation = keyof typeof outboxPayloads;
export type OutboxPayload<O extends OutboxOperation> = z.infer<(typeof outboxPayloads)[O]>;

export function isOutboxOperation(value: string): value is OutboxOperation {
  return Object.hasOwn(outboxPayloads, value);
}

/** The DUO operation each outbox operation becomes (see `duoRequestFor`). */
const duoOperationOf: Record<OutboxOperation, DuoOperationId> = {
  'pip.register': 'postPipByBsn',
  'pip.change': 'postPipByBsn',
  'pip.withdraw': 'deletePipByBsn',
  'aanbod.register': 'postInburgeringsaanbodByBsnAndInstellingsnummer',
  'aanbod.withdraw': 'deleteInburgeringsaanbodByBsnAndInstellingsnumer',
  'map.result': 'updateMapByBsn',
  'pvt.result': 'updatePvtByBsn',
  'zroute.result': 'updateZrouteByBsn',
  'uren.taallesknm': 'updateUrenTaallesEnKnmByBSN',
  'uren.participatieactiviteiten': 'updateUrenParticipatieactiviteiten',
  'uren.participatietaalles': 'updateUrenParticipatieAlsTaallesByBsn',
  'contactpersoon.register': 'createContactpersoon',
  'contactpersoon.link': 'postContactpersoonByBsn',
  'contactpersoon.unlink': 'deleteContactpersoonByBsn',
  'contactpersoon.change': 'updateContactpersoonById',
  'contactpersoon.delete': 'deleteContactpersoonById',
};

export const outboxOperations = Object.keys(outboxPayloads) as OutboxOperation[];

export function duoRequestOperation(operation: OutboxOperation): DuoOperationId {
  return duoOperationOf[operation];
}

const labels: Record<OutboxOperation, string> = {
  'pip.register': 'het PIP (registratie)',
  'pip.change': 'het gewijzigde PIP',
  'pip.withdraw': 'het intrekken van het PIP',
  'aanbod.register': 'het inburgeringsaanbod',
  'aanbod.withdraw': 'het intrekken van het inburgeringsaanbod',
  'map.result': 'het resultaat MAP',
  'pvt.result': 'het resultaat PVT',
  'zroute.result': 'de afronding Z-route',
  'uren.taallesknm': 'de gevolgde uren taalles en KNM',
  'uren.participatieactiviteiten': 'de gevolgde uren participatieactiviteiten',
  'uren.participatietaalles': 'de gevolgde uren participatie als taalles',
  'contactpersoon.register': 'het aanmelden van de contactpersoon',
  'contactpersoon.link': 'het koppelen van de contactpersoon',
  'contactpersoon.unlink': 'het ontkoppelen van de contactpersoon',
  'contactpersoon.change': 'de gewijzigde contactpersoon',
  'contactpersoon.delete': 'het verwijderen van de contactpersoon',
};

export function outboxLabel(operation: string): string {
  return isOutboxOperation(operation) ? labels[operation] : `bericht ${operation}`;
}

export interface DuoRequest {
  operationId: DuoOperationId;
  pathParams: Record<string, string | number>;
  body: unknown;
}

/** The DUO request of an outbox row (throws a ZodError when the stored payload is malformed). */
export function duoRequestFor(operation: OutboxOperation, payload: unknown): DuoRequest {
  switch (operation) {
    case 'pip.register':
    case 'pip.change': {
      const p = outboxPayloads[operation].parse(payload);
      return { operationId: duoOperationOf[operation], pathParams: { bsn: p.bsn }, body: p.pip };
    }
    case 'pip.withdraw': {
      const p = outboxPayloads[operation].parse(payload);
      return { operationId: duoOperationOf[operation], pathParams: { bsn: p.bsn }, body: undefined };
    }
    case 'aanbod.register': {
      const p = outboxPayloads[operation].parse(payload);
      return { operationId: duoOperationOf[operation], pathParams: { bsn: p.bsn, instellingsnummer: p.instellingsnummer }, body: p.aanbod };
    }
    case 'aanbod.withdraw': {
      const p = outboxPayloads[operation].parse(payload);
      return { operationId: duoOperationOf[operation], pathParams: { bsn: p.bsn, instellingsnummer: p.instellingsnummer }, body: undefined };
    }
    case 'map.result': {
      const p = outboxPayloads[operation].parse(payload);
      return { operationId: duoOperationOf[operation], pathParams: { bsn: p.bsn }, body: p.resultaat };
    }
    case 'pvt.result': {
      const p = outboxPayloads[operation].parse(payload);
      return { operationId: duoOperationOf[operation], pathParams: { bsn: p.bsn }, body: p.resultaat };
    }
    case 'zroute.result': {
      const p = outboxPayloads[operation].parse(payload);
      return { operationId: duoOperationOf[operation], pathParams: { bsn: p.bsn }, body: p.resultaat };
    }
    case 'uren.taallesknm': {
      const p = outboxPayloads[operation].parse(payload);
      return { operationId: duoOperationOf[operation], pathParams: { bsn: p.bsn }, body: p.uren };
    }
    case 'uren.participatieactiviteiten': {
      const p = outboxPayloads[operation].parse(payload);
      return { operationId: duoOperationOf[operation], pathParams: { bsn: p.bsn }, body: p.uren };
    }
    case 'uren.participatietaalles': {
      const p = outboxPayloads[operation].parse(payload);
      return { operationId: duoOperationOf[operation], pathParams: { bsn: p.bsn }, body: p.uren };
    }
    case 'contactpersoon.register': {
      const p = outboxPayloads[operation].parse(payload);
      return { operationId: duoOperationOf[operation], pathParams: {}, body: p.gegevens };
    }
    case 'contactpersoon.link': {
      const p = outboxPayloads[operation].parse(payload);
      return { operationId: duoOperationOf[operation], pathParams: { id: p.id, bsn: p.bsn }, body: undefined };
    }
    case 'contactpersoon.unlink': {
      const p = outboxPayloads[operation].parse(payload);
      return { operationId: duoOperationOf[operation], pathParams: { id: p.id, bsn: p.bsn }, body: undefined };
    }
    case 'contactpersoon.change': {
      const p = outboxPayloads[operation].parse(payload);
      return { operationId: duoOperationOf[operation], pathParams: { id: p.id }, body: p.gegevens };
    }
    case 'contactpersoon.delete': {
      const p = outboxPayloads[operation].parse(payload);
      return { operationId: duoOperationOf[operation], pathParams: { id: p.id }, body: undefined };
    }
    default:
      return operation satisfies never;
  }
}
