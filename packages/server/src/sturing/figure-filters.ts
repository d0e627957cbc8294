// The SQL behind each dashboard figure, over case_sturing (ADR 0140). One definition serves the
// count on the dashboard and the case list behind it, so the list always shows what was counted.
import { and, between, eq, exists, gt, gte, isNotNull, isNull, lte, or, sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import type { CaseFigure, ReportPeriod } from '@koers/domain';
import { caseSturing, handhavingViolations } from '../db/schema.ts';

const inPeriod = (column: SQLWrapper, p: ReportPeriod): SQL => between(column, p.from, p.to);

/** Wi2021 inburgeringsplichtig and in view of the gemeente for at least one day of the period. */
export function inBeeld(p: ReportPeriod): SQL {
  return and(eq(caseSturing.wi2021Plichtig, true), lte(caseSturing.inBeeldOn, p.to), or(isNull(caseSturing.closedOn), gte(caseSturing.closedOn, p.from)))!;
}

/** The condition for one figure; `value` narrows route (B1, Onderwijs, Z) and handhaving (a stage). */
export function figureFilter(figure: CaseFigure, p: ReportPeriod, value?: string): SQL {
  switch (figure) {
    case 'in-beeld':
      return inBeeld(p);
    case 'zonder-pip':
      return and(inBeeld(p), or(isNull(caseSturing.firstPipOn), gt(caseSturing.firstPipOn, p.to)))!;
    case 'pip-binnen-termijn':
      return and(eq(caseSturing.wi2021Plichtig, true), inPeriod(caseSturing.firstPipOn, p), or(isNull(caseSturing.pipDeadline), lte(caseSturing.firstPipOn, caseSturing.pipDeadline)))!;
    case 'pip-na-termijn':
      return and(eq(caseSturing.wi2021Plichtig, true), inPeriod(caseSturing.firstPipOn, p), isNotNull(caseSturing.pipDeadline), gt(caseSturing.firstPipOn, caseSturing.pipDeadline))!;
    case 'route':
      return and(inBeeld(p), lte(caseSturing.firstPipOn, p.to), value === undefined ? isNotNull(caseSturing.route) : eq(caseSturing.route, value))!;
    case 'routewissel':
      return inPeriod(caseSturing.routeSwitchedOn, p);
    case 'a2':
      return inPeriod(caseSturing.a2DowngradedOn, p);
    case 'pvt-gedaan':
      return inPeriod(caseSturing.pvtDoneOn, p);
    case 'map-gedaan':
      return inPeriod(caseSturing.mapDoneOn, p);
    case 'ontzorgen-actief':
      return and(lte(caseSturing.reliefFrom, p.to), gt(caseSturing.reliefUntil, p.from))!;
    case 'handhaving':
      return exists(
        sql`(select 1 from ${handhavingViolations} where ${handhavingViolations.caseId} = ${caseSturing.caseId} and ${handhavingViolations.establishedOn} between ${p.from} and ${p.to}${
          value === undefined ? sql`` : sql` and ${handhavingViolations.stage} = ${value}`
        })`,
      );
    case 'open':
      return isNull(caseSturing.closedOn);
    case 'gekoppeld':
      return inPeriod(caseSturing.linkedOn, p);
    case 'gehuisvest':
      return inPeriod(caseSturing.housedOn, p);
    case 'gehuisvest-plichtig':
      return and(inPeriod(caseSturing.housedOn, p), eq(caseSturing.obliged, true))!;
    default:
      return figure satisfies never;
  }
}
