import { describe, expect, it } from 'vitest';
import { openDatabase } from '../src/db/database.ts';
import { inScope, systemScope } from '../src/db/scope.ts';
import { cases, gemeenten, organisations } from '../src/db/schema.ts';

describe('rls smoke', () => {
  it('applies migrations and hides other gemeenten', async () => {
    const d = await openDatabase({ kind: 'pglite' });
    await d.migrate();
    const [org] = await d.db.insert(organisations).values({ name: 'o' }).returning();
    const [a] = await d.db.insert(gemeenten).values({ code: '0001', name: 'A', organisationId: org!.id }).returning();
    const [b] = await d.db.insert(gemeenten).values({ code: '0002', name: 'B', organisationId: org!.id }).returning();
    for (const g of [a!, b!]) {
      await d.db.insert(cases).values({ gemeenteId: g.id, givenNames: 'x', familyName: g.name, birthDate: '1990-01-01', nationality: 'SY', permit: 'asiel', status: 'aangemeld' });
    }
    const seen = await inScope(d.db, systemScope(org!.id, [a!.id]), (tx) => tx.select().from(cases));
    expect(seen.map((c) => c.familyName)).toEqual(['A']);
    await expect(
      inScope(d.db, systemScope(org!.id, [a!.id]), (tx) =>
        tx.insert(cases).values({ gemeenteId: b!.id, givenNames: 'y', familyName: 'B2', birthDate: '1990-01-01', nationality: 'SY', permit: 'asiel', status: 'aangemeld' }),
      ),
    ).rejects.toThrow();
    const all = await d.db.select().from(cases);
    expect(all).toHaveLength(2);
    await d.close();
  });
});
