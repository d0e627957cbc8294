// The web's API types are generated from the routes' schemas (issue 10). When a route changes, the
// committed file must change with it: `npm run api:types`.
import { describe, expect, it } from 'vitest';
import { committedApiTypes, generateApiTypes } from '../tools/api-types.ts';

describe('generated API types (packages/web/src/api/generated/koers-api.ts)', () => {
  it('are what the routes declare now; run `npm run api:types` after changing a route', async () => {
    const generated = await generateApiTypes();
    expect(generated.includes('"/api/rapportages/dashboard"')).toBe(true);
    expect(generated === committedApiTypes(), 'packages/web/src/api/generated/koers-api.ts is stale: run `npm run api:types`').toBe(true);
  });
});
