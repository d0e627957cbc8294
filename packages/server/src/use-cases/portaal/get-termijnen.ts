// GET /api/portaal/termijnen: the person's deadlines, each from the rules of @koers/domain (not
// re-implemented here): the termijn with its verlengingen (effectiveTermEnd), the duty (dutyState),
// the last day a route switch can be decided (routeChangeWindowEnd) and the hours for A2.
import { and, desc, eq } from 'drizzle-orm';
import {
  A2_MIN_COURSE_HOURS,
  addDays,
  effectiveTermEnd,
  extensionGrounds,
  isBefore,
  routeChangeWindowEnd,
  type A2State,
  type IsoDate,
  type PortaalDutyState,
  type TermState,
} from '@koers/domain';
import { cases, placementReports, pips } from '../../db/schema.ts';
import { AppError } from '../../errors.ts';
import { todayIn } from '../../case-file/today.ts';
import { grantedExtensions, loadEindeState } from '../einde/einde-support.ts';
import { loadDuoFineTerms } from '../handhaving/duo-fine-support.ts';
import { inPortaal, logPortaal, type PortaalContext } from './portaal-context.ts';
import { payloadsOf } from '../provider-reports/report-payload.ts';
import type { PortaalTermijnen } from './portaal.view.ts';

const lastDayOf = (endExclusive: IsoDate | null): IsoDate | null => (endExclusive ? addDays(endExclusive, -1) : null);

export function getTermijnen(ctx: PortaalContext): Promise<PortaalTermijnen> {
  return inPortaal(
    ctx,
    async (tx) => {
      const caseId = ctx.principal.caseId;
      const today = todayIn(ctx.now);
      const [kase] = await tx.select({ termStart: cases.termStart, termEndExclusive: cases.termEndExclusive, obliged: cases.obliged }).from(cases).where(eq(cases.id, caseId));
      if (!kase) throw new AppError('NOT_FOUND');
      const einde = await loadEindeState(tx, caseId);
      const effective = effectiveTermEnd(kase.termEndExclusive, grantedExtensions(einde.extensions), await loadDuoFineTerms(tx, caseId)).value;
      const [current] = await tx.select({ route: pips.route, level: pips.level }).from(pips).where(and(eq(pips.caseId, caseId), eq(pips.status, 'vastgesteld'))).orderBy(desc(pips.version)).limit(1);
      const weeks = payloadsOf(await tx.select({ kind: placementReports.kind, payload: placementReports.payload }).from(placementReports).where(and(eq(placementReports.caseId, caseId), eq(placementReports.kind, 'week'))), 'week');
      // art. 5.5 lid 1 Bi 2021: cursusuren Nederlands, alfabetisering inbegrepen.
      const courseHours = weeks.reduce((sum, w) => sum + (w.hours.nederlands ?? 0) + (w.hours.alfabetisering ?? 0), 0);
      await logPortaal(tx, ctx, 'portaal.getTermijnen', 'read', 'case', caseId);

      const termState: TermState = effective === null ? 'onbekend' : isBefore(today, effective) ? 'loopt' : 'verlopen';
      const dutyStateCode: PortaalDutyState = kase.obliged === false ? 'geen-plicht' : einde.duty.value ? 'voldaan' : 'loopt';
      const route = current?.route ?? null;
      let routeChange: PortaalTermijnen['routeChange'] = { state: 'onbekend', lastDay: null };
      if (route !== null && kase.termStart !== null) {
        const windowEnd = routeChangeWindowEnd(kase.termStart);
        const open = isBefore(today, windowEnd);
        // art. 5.4 lid 1 Bi 2021: the onderwijsroute can become the B1-route during the whole traject.
        routeChange = { state: route === 'Onderwijs' ? 'altijd-mogelijk' : open ? 'mogelijk' : 'verlopen', lastDay: addDays(windowEnd, -1) };
      }
      const a2State: A2State = route !== 'B1' ? 'niet-van-toepassing' : current?.level === 'A2' ? 'al-a2' : courseHours >= A2_MIN_COURSE_HOURS ? 'mogelijk' : 'nog-niet';
      return {
        term: {
          state: termState,
          start: kase.termStart,
          originalLastDay: lastDayOf(kase.termEndExclusive),
          lastDay: lastDayOf(effective),
          extensions: einde.extensions
            .filter((e) => e.decision === 'toegekend')
            .flatMap((e) => {
              const ground = extensionGrounds.find((g) => g === e.ground);
              return ground ? [{ ground, months: e.months, decidedOn: e.decidedOn }] : [];
            }),
        },
        duty: { state: dutyStateCode },
        routeChange,
        a2: { state: a2State, courseHours, requiredHours: A2_MIN_COURSE_HOURS },
      };
    },
    { readOnly: true },
  );
}
