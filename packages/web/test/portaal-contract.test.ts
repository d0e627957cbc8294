// The portal's copied API types against Y1's contract: every fixture the browser tests serve is
// parsed with the server's zod schema (packages/server/src/use-cases/portaal/portaal.view.ts, the
// inputs portaal.types.ts). A field renamed or a code added on one side only fails here.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as fixtures from '../e2e/support/portaal-fixtures.ts';

interface Schema {
  safeParse(value: unknown): { success: boolean; error?: { message: string } };
}

// Loaded by path at run time, so type-checking the web package does not pull in the server's sources.
const schemaFile = (name: string) => fileURLToPath(new URL(`../../server/src/use-cases/portaal/${name}`, import.meta.url));
const load = async (name: string) => (await import(schemaFile(name))) as Record<string, Schema>;
const schemas = { ...(await load('portaal.view.ts')), ...(await load('portaal.types.ts')) };

const cases: [string, string, unknown][] = [
  ['GET sessie', 'portaalSessieSchema', fixtures.sessie],
  ['GET plan', 'portaalPlanSchema', fixtures.plan],
  ['GET afspraken', 'portaalAfsprakenSchema', fixtures.afspraken],
  ['GET voortgang', 'portaalVoortgangSchema', fixtures.voortgang],
  ['GET termijnen', 'portaalTermijnenSchema', fixtures.termijnen],
  ['GET brieven', 'portaalBrievenSchema', fixtures.brieven],
  ['GET ontzorgen', 'portaalOntzorgenSchema', fixtures.ontzorgen],
  ['GET contact', 'portaalContactSchema', fixtures.contact],
  ['GET berichten', 'portaalBerichtenSchema', fixtures.berichten],
  ['GET documenten', 'portaalDocumentenSchema', fixtures.documenten],
  ['GET inzage', 'portaalInzageSchema', fixtures.inzage],
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
