// The portal's copied API types against Y1's contract: every fixture the browser tests serve is
// parsed with the server's zod schema (packages/server/src/routes/portaal.schemas.ts). A field
// renamed or a code added on one side only fails here.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as fixtures from '../e2e/support/portaal-fixtures.ts';

interface Schema {
  safeParse(value: unknown): { success: boolean; error?: { message: string } };
}

// Loaded by path at run time, so type-checking the web package does not pull in the server's sources.
const schemaFile = fileURLToPath(new URL('../../server/src/routes/portaal.schemas.ts', import.meta.url));
const schemas = (await import(schemaFile)) as Record<string, Schema>;

const cases: [string, string, unknown][] = [
  ['GET sessie', 'portaalSessie', fixtures.sessie],
  ['GET plan', 'portaalPlan', fixtures.plan],
  ['GET afspraken', 'portaalAfspraken', fixtures.afspraken],
  ['GET voortgang', 'portaalVoortgang', fixtures.voortgang],
  ['GET termijnen', 'portaalTermijnen', fixtures.termijnen],
  ['GET brieven', 'portaalBrieven', fixtures.brieven],
  ['GET ontzorgen', 'portaalOntzorgen', fixtures.ontzorgen],
  ['GET contact', 'portaalContact', fixtures.contact],
  ['GET berichten', 'portaalBerichten', fixtures.berichten],
  ['GET documenten', 'portaalDocumenten', fixtures.documenten],
  ['GET inzage', 'portaalInzage', fixtures.inzage],
];

describe('portal fixtures follow the API contract', () => {
  it.each(cases)('%s matches %s', (_endpoint, schemaName, fixture) => {
    const schema = schemas[schemaName];
    expect(schema, schemaName).toBeDefined();
    const result = schema?.safeParse(fixture);
    expect(result?.success, result?.error?.message).toBe(true);
  });

  it('what the portal sends: a reaction, a message', () => {
    expect(schemas.portaalReactieInput?.safeParse({ response: 'verzetten', reason: 'Ik ben ziek.' }).success).toBe(true);
    expect(schemas.portaalReactieInput?.safeParse({ response: 'bevestigd' }).success).toBe(true);
    expect(schemas.portaalBerichtInput?.safeParse({ text: 'Kan ik een tolk krijgen?' }).success).toBe(true);
  });
});
