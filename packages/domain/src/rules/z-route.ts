// B12: the zelfredzaamheidsroute hour norms.
// Reading: intake hours (B3.14 lid 6) count towards the activity norm only for asielstatushouders;
// course hours followed during the intake are part of courseHours.
import { bi, explained, step, type Explained } from './explanation.ts';
import { targetGroupLabel, type TargetGroup } from './types.ts';

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
