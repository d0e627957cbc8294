// The web's API types come from the routes' schemas (ADR 0165). These checks run in the typecheck:
// a route that lost its response schema would turn its types into unknown without any other error.
import { describe, expectTypeOf, it } from 'vitest';
import type { Dashboard } from '../src/api/dashboard.ts';
import type { EindeOverview } from '../src/api/einde.ts';
import type { JournalEntryInput, JournalKind } from '../src/api/journal.ts';
import type { PortaalCase } from '../src/api/portaal-case.ts';
import type { WorkqueueItem } from '../src/api/workqueue.ts';

describe('generated API types', () => {
  it('are the precise shapes of the routes, not unknown', () => {
    expectTypeOf<Dashboard['tables'][number]['rows'][number]['cells'][number]['kind']>().toEqualTypeOf<'count' | 'suppressed'>();
    expectTypeOf<EindeOverview['extensions'][number]['decision']>().toEqualTypeOf<'toegekend' | 'afgewezen' | null>();
    expectTypeOf<JournalEntryInput['kind']>().toEqualTypeOf<JournalKind>();
    expectTypeOf<PortaalCase['messages'][number]['from']>().toEqualTypeOf<'inburgeraar' | 'gemeente'>();
    expectTypeOf<WorkqueueItem['overdue']>().toEqualTypeOf<boolean>();
  });
});
