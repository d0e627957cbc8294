// What a change of the vastgesteld PIP copies and what it changes (change-pip.ts): route changes
// (B8) and A2 downgrades (B9) are judged by the rules core before the new concept is made.
import { a2DowngradeAllowed, integrationTerm, routeChangeAllowed, type IsoDate, type LearningRoute } from '@koers/domain';
import { AppError } from '../../errors.ts';
import type { CaseRow } from '../../case-file/find-case.ts';
import type { ChangeInput } from './pip.types.ts';
import type { ChangeRecord, PipRow } from './pip-support.ts';

/** The fields of the new concept that a change may set differently from the current version. */
export interface ChangedFields {
  route: LearningRoute;
  level: PipRow['level'];
  a2Skills: PipRow['a2Skills'];
  mapIntensity: PipRow['mapIntensity'];
  mapThemesOmitted: PipRow['mapThemesOmitted'];
  change: ChangeRecord;
}

export interface ChangeContext {
  caseRow: CaseRow;
  /** The vastgesteld version, with its leerroute. */
  current: PipRow;
  from: LearningRoute;
  /** The versions ever vastgesteld, oldest first. */
  issued: readonly PipRow[];
  today: IsoDate;
}

/** The change judged by its reason: refused with the rules core's explanation, else the fields it changes. */
export function judgedChange(context: ChangeContext, input: ChangeInput): ChangedFields {
  const { caseRow, current, from } = context;
  const unchanged: ChangedFields = {
    route: from,
    level: current.level,
    a2Skills: current.a2Skills,
    mapIntensity: current.mapIntensity,
    mapThemesOmitted: current.mapThemesOmitted,
    change: { reason: input.reason, previousRoute: from },
  };
  switch (input.reason) {
    case 'route-change':
      return routeChange(context, input, unchanged);
    case 'a2':
      return a2Downgrade(from, input, unchanged);
    case 'move':
      if (caseRow.movedInOn === null) {
        throw new AppError('PIP_CHANGE_REFUSED', { field: 'reason', message: 'Er is geen verhuizing naar deze gemeente vastgelegd (datum inschrijving na verhuizing ontbreekt).' });
      }
      return unchanged;
    case 'intensity':
    case 'other':
      return unchanged;
    default:
      return input.reason satisfies never;
  }
}

/** A route change (art. 17 lid 2 Wi 2021, B8): a new route has no level yet, and the Onderwijsroute no MAP. */
function routeChange(context: ChangeContext, input: ChangeInput, unchanged: ChangedFields): ChangedFields {
  const { caseRow, from, issued, today } = context;
  const to = input.route ?? from;
  const first = issued[issued.length - 1];
  const termStart = caseRow.termStart ?? (first?.issuedOn ? integrationTerm({ pipIssuedOn: first.issuedOn }).value.start : today);
  const allowed = routeChangeAllowed({ termStart, decidedOn: today, from, to, exception: input.exception ?? null });
  if (!allowed.value) throw new AppError('PIP_CHANGE_REFUSED', { field: 'route', message: allowed.explanation.summary, extra: { explanation: allowed.explanation } });
  return {
    ...unchanged,
    route: to,
    level: null,
    a2Skills: [],
    ...(to === 'Onderwijs' ? { mapIntensity: null, mapThemesOmitted: [] } : {}),
    change: { ...unchanged.change, explanation: allowed.explanation, exception: input.exception ?? null },
  };
}

/** An A2 downgrade (art. 5.5 Besluit inburgering 2021, B9). */
function a2Downgrade(from: LearningRoute, input: ChangeInput, unchanged: ChangedFields): ChangedFields {
  const allowed = a2DowngradeAllowed({
    route: from,
    dutchCourseHours: input.dutchCourseHours ?? 0,
    sufficientEffort: input.sufficientEffort ?? false,
    // The new version is never the person's first PIP; DUO's first-PIP rule is checked again before vaststellen.
    firstPip: false,
  });
  if (!allowed.value) throw new AppError('PIP_CHANGE_REFUSED', { field: 'dutchCourseHours', message: allowed.explanation.summary, extra: { explanation: allowed.explanation } });
  return {
    ...unchanged,
    level: 'A2',
    a2Skills: input.a2Skills ?? ['lezen', 'luisteren', 'schrijven', 'spreken'],
    change: { ...unchanged.change, explanation: allowed.explanation, dutchCourseHours: input.dutchCourseHours ?? 0, sufficientEffort: input.sufficientEffort ?? false },
  };
}
