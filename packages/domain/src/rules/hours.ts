// Gevolgde uren for DUO (GevolgdeUren API): which of the three totals a gemeente reports for whom.
// Reading: participatieactiviteiten (Z-route activity norm) only for asielstatushouders with the
// Z-route (B3.14 lid 2 en 3); participatietaalles are hours "in het kader van de gevolgde
// Leerroute", so only once a PIP sets a leerroute; taalles en KNM during the brede intake always.
import { bi, duo, explained, step, type Explained } from './explanation.ts';
import { routeLabel, targetGroupLabel, type LearningRoute, type TargetGroup } from './types.ts';

export const hoursCategories = ['taallesknm', 'participatieactiviteiten', 'participatietaalles'] as const;
export type HoursCategory = (typeof hoursCategories)[number];

/** Dutch names of the categories, as DUO's GevolgdeUren API describes them. */
export function hoursCategoryLabel(category: HoursCategory): string {
  switch (category) {
    case 'taallesknm':
      return 'taalles en KNM tijdens de brede intake';
    case 'participatieactiviteiten':
      return 'participatieactiviteiten (Z-route, incl. brede intake)';
    case 'participatietaalles':
      return 'taalles en KNM bij de cursusinstelling (leerroute)';
    default:
      return category satisfies never;
  }
}

export interface HoursCategoryInput {
  readonly category: HoursCategory;
  readonly targetGroup: TargetGroup | null;
  /** The route of the current vastgesteld PIP; null when there is none. */
  readonly route: LearningRoute | null;
}

// DUO GevolgdeUren API (operation descriptions); art. 3.14 lid 2, 3 en 6 Besluit inburgering 2021
export function hoursCategoryAllowed(input: HoursCategoryInput): Explained<boolean> {
  switch (input.category) {
    case 'taallesknm':
      return explained(true, 'Uren taalles en KNM tijdens de brede intake kunnen altijd worden doorgegeven.', [
        step('DUO registreert het totaal aantal gevolgde uren taalles en KNM tijdens de brede intake.', duo('Gevolgde uren')),
      ]);
    case 'participatieactiviteiten': {
      const ok = input.targetGroup === 'asiel' && input.route === 'Z';
      const who = input.targetGroup === null ? 'de doelgroep is onbekend' : targetGroupLabel(input.targetGroup);
      const route = input.route === null ? 'geen vastgesteld PIP' : routeLabel(input.route);
      return explained(
        ok,
        ok
          ? 'Uren participatieactiviteiten tellen mee voor de Z-route van deze asielstatushouder.'
          : `Uren participatieactiviteiten zijn alleen voor asielstatushouders in de Z-route (nu: ${who}, ${route}).`,
        [
          step('De urennorm voor participatieactiviteiten (800 uur, incl. uren tijdens de brede intake) geldt alleen voor asielstatushouders in de Z-route.', bi('3.14', 2), bi('3.14', 3), bi('3.14', 6)),
          step('DUO neemt deze uren alleen aan ten behoeve van de Z-route van de asielstatushouder.', duo('Gevolgde uren')),
        ],
      );
    }
    case 'participatietaalles': {
      const route = input.route;
      return explained(
        route !== null,
        route !== null
          ? `Uren taalles en KNM bij de cursusinstelling tellen voor de ${routeLabel(route)}.`
          : 'Uren taalles en KNM bij de cursusinstelling horen bij een leerroute: stel eerst het PIP vast.',
        [step('DUO registreert het totaal aantal uren taalles en KNM bij een cursusinstelling in het kader van de gevolgde leerroute; uren uit de brede intake tellen niet mee.', duo('Gevolgde uren'))],
      );
    }
    default:
      return input.category satisfies never;
  }
}
