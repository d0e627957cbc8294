// POST /api/privacy/logboek/zoeken: one page of the processing log for a person or a user (ADR 0098).
import { inScope } from '../../db/scope.ts';
import { scopeOf } from '../../auth/principal.ts';
import type { UseCaseContext } from '../context.ts';
import { criteriaOf, logTheRead, readLog, resolveTarget, type LogSearchInput } from './log-search.ts';
import type { LogSearchResult } from './privacy.view.ts';

export const LOG_PAGE_SIZE = 50;
/** Pages beyond this are not served: narrow the period or export instead. */
export const MAX_LOG_PAGE = 200;

export function searchLog(ctx: UseCaseContext, input: LogSearchInput & { pagina: number }): Promise<LogSearchResult> {
  const criteria = criteriaOf(input, ctx.now);
  return inScope(
    ctx.db,
    scopeOf(ctx.principal),
    async (tx) => {
      const target = await resolveTarget(tx, ctx, criteria);
      const rows = await readLog(tx, ctx, target, (input.pagina - 1) * LOG_PAGE_SIZE, LOG_PAGE_SIZE + 1);
      await logTheRead(tx, ctx, target, 'searchProcessingLog');
      return {
        van: criteria.van,
        tot: criteria.tot,
        cases: target.cases,
        users: target.users,
        entries: rows.slice(0, LOG_PAGE_SIZE),
        page: input.pagina,
        pageSize: LOG_PAGE_SIZE,
        hasMore: rows.length > LOG_PAGE_SIZE && input.pagina < MAX_LOG_PAGE,
      };
    },
    { readOnly: true },
  );
}
