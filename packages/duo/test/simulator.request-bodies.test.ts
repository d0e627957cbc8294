// The simulator's typed operation table (request-bodies.ts) names, per operation with a request body,
// the spec schema its handler's body type stands for: it must be the schema the spec itself gives.
import { describe, expect, it } from 'vitest';
import { loadDuoSpecs } from '../src/spec.ts';
import { hasHandler } from '../src/simulator/operations/index.ts';
import { requestBodySchemas } from '../src/simulator/operations/request-bodies.ts';

describe('the simulator typed operation table', () => {
  it('lists every operation the simulator serves with a request body, with the component schema of that body', async () => {
    const specs = await loadDuoSpecs();
    const withBody = specs.allOperations().filter((op) => op.requestBody !== undefined && hasHandler(op.operationId));
    expect(withBody.map((op) => op.operationId).sort()).toEqual(Object.keys(requestBodySchemas).sort());
    for (const op of withBody) {
      const name = Object.entries(requestBodySchemas).find(([id]) => id === op.operationId)?.[1] ?? '';
      expect(specs.api(op.api).schemas[name], `${op.operationId} → ${name}`).toEqual(op.requestBody?.schema);
    }
  });
});
