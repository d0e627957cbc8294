// The outbox catalogue describes each melding once; this checks every entry against DUO's own operation table.
import { describe, expect, it } from 'vitest';
import { duoOperations } from '@koers/duo';
import { duoRequestFor, outboxEntry, outboxLabel, outboxOperations } from '../../src/duo/outbox-operations.ts';

const samplePayload = { bsn: '999990019', id: 7, contactpersoonId: '0b7c1d1e-8a7e-4c55-9d44-0e6d2f1c0a11', instellingsnummer: '12AB', pip: {}, aanbod: {}, resultaat: {}, uren: {}, gegevens: {} };

describe('outbox catalogue', () => {
  it('gives every melding a DUO operation whose path takes exactly the parameters the request fills', () => {
    expect(outboxOperations.length).toBe(16);
    for (const operation of outboxOperations) {
      const entry = outboxEntry(operation);
      const request = duoRequestFor(operation, entry.payload.parse(samplePayload));
      const path = duoOperations[request.operationId].path;
      const placeholders = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(Object.keys(request.pathParams).sort(), operation).toEqual(placeholders);
      // A DELETE never carries a body.
      expect(duoOperations[request.operationId].method === 'delete' && request.body !== undefined, operation).toBe(false);
    }
  });

  it('labels every melding in Dutch and names an unknown one as such', () => {
    for (const operation of outboxOperations) expect(outboxLabel(operation), operation).toMatch(/^(het|de) /);
    expect(outboxLabel('iets.anders')).toBe('bericht iets.anders');
  });

  it('refuses a stored payload that lacks what DUO needs', () => {
    expect(() => duoRequestFor('pip.register', { bsn: '12' })).toThrow();
  });
});
