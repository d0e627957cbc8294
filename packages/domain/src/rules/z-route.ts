// B12: the zelfredzaamheidsroute hour norms.
// Reading: intake hours (B3.14 lid 6) count towards the activity norm only for asielstatushouders;
// course hours followed during the intake are part of courseHours.
import { formatDutchDate, isAfter, isBefore, type IsoDate } from './dates.ts';
import { bi, duo, explained, step, wi, type Explained, type ExplanationStep } from './explanation.ts';
import { routeLabel, targetGroupLabel, type LearningRoute, type TargetGroup } from './types.ts';

export const Z_COURSE_HOURS = 800;
export const Z_ACTIVITY_HOURS = 800;

export interface ZRouteHoursInput {
  readonly targetGroup: TargetGroup;
  /** NT2 (incl. literacy) and KNM course hours at a keurmerk provider. */
  readonly courseHours: number;
  /** Hours of activities for self-reliance, activation and participation. */
  readonly activityHours: number;
  readonly mapHours: number;
  readonly pvtHours: number;
  /** Hours during the brede intake that the college counts (B3.14 lid 6). */
  readonly intakeHours?: number | null;
}

export interface ZRouteHoursRemaining {
  readonly courseHoursRemaining: number;
  /** null for gezinsmigranten / overige migranten: the activity part does not apply. */
  readonly activityHoursRemaining: number | null;
}

// art. 3.14 lid 2, 3, 5 en 6 Besluit inburgering 2021
export function zRouteHoursRemaining(input: ZRouteHoursInput): Explained<ZRouteHoursRemaining> {
  const course = Math.max(0, Z_COURSE_HOURS - input.courseHours);
  const steps = [
    step(`Cursusuren: 800 − ${input.courseHours} gevolgd = nog ${course}.`, bi('3.14', 2, 'a')),
  ];
  if (input.targetGroup === 'gezin-overig') {
    steps.push(step('Voor gezinsmigranten en overige migranten geldt geen urennorm voor activiteiten.', bi('3.14', 3)));
    return explained(
      { courseHoursRemaining: course, activityHoursRemaining: null },
      `Z-route (${targetGroupLabel(input.targetGroup)}): nog ${course} cursusuren.`,
      steps,
    );
  }
  const intake = input.intakeHours ?? 0;
  const counted = input.activityHours + input.mapHours + input.pvtHours + intake;
  const activity = Math.max(0, Z_ACTIVITY_HOURS - counted);
  steps.push(
    step(
      `Activiteiten: 800 − ${input.activityHours} activiteiten − ${input.mapHours} MAP − ${input.pvtHours} PVT${intake > 0 ? ` − ${intake} tijdens de brede intake` : ''} = nog ${activity}.`,
      bi('3.14', 2, 'b'),
      bi('3.14', 5),
      ...(intake > 0 ? [bi('3.14', 6)] : []),
    ),
  );
  return explained(
    { courseHoursRemaining: course, activityHoursRemaining: activity },
    `Z-route (${targetGroupLabel(input.targetGroup)}): nog ${course} cursusuren en ${activity} uren activiteiten.`,
    steps,
  );
}

// ── Completion of the Z-route (reported to DUO as datumAfrondingZroute) ─────────────────────────

export type ZRouteCompletionError = 'not-z-route' | 'in-future' | 'before-term-start';

export interface ZRouteCompletionInput {
  /** Date the Z-route was completed (final interview); null to withdraw an earlier date. */
  readonly date: IsoDate | null;
  readonly today: IsoDate;
  /** Leerroute of the current (vastgesteld) PIP; null when there is none. */
  readonly currentPipRoute: LearningRoute | null;
  readonly termStart: IsoDate | null;
}

// art. 3.14 en 3.16 Besluit inburgering 2021 (the Z-route is completed only by someone whose PIP sets
// the Z-route, within the termijn); "not in the future": DUO MAP/PVT/Z-route API (the simulator refuses it).
// Withdrawing a date (null) is always allowed.
export function validateZRouteCompletion(input: ZRouteCompletionInput): Explained<{ accepted: boolean; errors: ZRouteCompletionError[] }> {
  const errors: ZRouteCompletionError[] = [];
  const steps: ExplanationStep[] = [];
  if (input.date === null) {
    return explained({ accepted: true, errors }, 'De datum afronding Z-route kan worden ingetrokken.', [
      step('Een eerder doorgegeven datum afronding Z-route mag worden ingetrokken.', duo('Z-route')),
    ]);
  }
  const d = formatDutchDate(input.date);
  if (input.currentPipRoute !== 'Z') {
    errors.push('not-z-route');
    steps.push(
      step(
        input.currentPipRoute === null
          ? 'Er is geen actueel PIP; de Z-route kan alleen worden afgerond als het PIP de Z-route vaststelt.'
          : `Het actuele PIP stelt de ${routeLabel(input.currentPipRoute)} vast, niet de Z-route.`,
        bi('3.14'),
        bi('3.16'),
      ),
    );
  }
  if (input.termStart !== null && isBefore(input.date, input.termStart)) {
    errors.push('before-term-start');
    steps.push(step(`${d} ligt vóór de start van de inburgeringstermijn (${formatDutchDate(input.termStart)}).`, wi('11')));
  }
  if (isAfter(input.date, input.today)) {
    errors.push('in-future');
    steps.push(step(`${d} ligt in de toekomst.`, duo('Z-route')));
  }
  const accepted = errors.length === 0;
  return explained(
    { accepted, errors: errors.sort() },
    accepted ? `De afronding van de Z-route op ${d} kan worden doorgegeven.` : `De afronding van de Z-route kan niet worden doorgegeven: ${steps.map((s) => s.text.replace(/\.$/, '')).join('; ')}.`,
    accepted ? [step(`De Z-route is afgerond op ${d}.`, bi('3.14'))] : steps,
  );
}
