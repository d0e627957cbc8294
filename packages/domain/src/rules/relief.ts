// B15: financieel ontzorgen (art. 56a Participatiewet) and its checkpoints (settings).
// Reading (docs/adr/0017): nareizigers on a regular permit are outside PW 56a; local extension is policy.
import { addMonths, formatDutchDate, type IsoDate } from './dates.ts';
import { explained, pw, setting, step, type Explained } from './explanation.ts';
import type { PermitType } from './types.ts';

export interface ReliefInput {
  readonly obliged: boolean;
  /** 'asiel' = a temporary asylum permit (Vw 2000 art. 28). Nareizigers on a regular permit are not covered. */
  readonly permit: PermitType;
  /** Day the right to bijstand arises; null when there is none. */
  readonly bijstandFrom: IsoDate | null;
  /** Local policy: months added after the statutory 6 (setting reliefLocalExtensionMonths). */
  readonly localExtensionMonths?: number | null;
}

export interface ReliefPeriod {
  readonly applies: boolean;
  readonly from: IsoDate | null;
  /** End of the statutory 6 months (exclusive). */
  readonly toExclusive: IsoDate | null;
  /** End including a local extension (exclusive); equals toExclusive without one. */
  readonly localToExclusive: IsoDate | null;
}

export const RELIEF_MONTHS = 6;

// art. 56a lid 1–2 Participatiewet
export function financialRelief(input: ReliefInput): Explained<ReliefPeriod> {
  const none: ReliefPeriod = { applies: false, from: null, toExclusive: null, localToExclusive: null };
  if (!input.obliged) {
    return explained(none, 'Geen ontzorgen: niet inburgeringsplichtig.', [step('Alleen voor inburgeringsplichtigen.', pw('56a', 1))]);
  }
  if (input.permit !== 'asiel') {
    return explained(none, 'Geen wettelijk ontzorgen: geen verblijfsvergunning asiel voor bepaalde tijd.', [
      step('Art. 56a geldt alleen bij een verblijfsvergunning asiel voor bepaalde tijd (nareizigers met een reguliere vergunning vallen erbuiten).', pw('56a', 1)),
    ]);
  }
  if (input.bijstandFrom === null) {
    return explained(none, 'Geen ontzorgen: geen recht op bijstand.', [step('Ontzorgen wordt verbonden aan de bijstand.', pw('56a', 2))]);
  }
  const to = addMonths(input.bijstandFrom, RELIEF_MONTHS);
  const ext = input.localExtensionMonths ?? 0;
  const localTo = addMonths(to, ext);
  const steps = [
    step(
      `Zes maanden vanaf de dag dat het recht op bijstand ontstaat (${formatDutchDate(input.bijstandFrom)}): tot ${formatDutchDate(to)}. Het college betaalt huur, gas, water en stroom en de zorgverzekering uit de bijstand.`,
      pw('56a', 2),
    ),
  ];
  if (ext > 0) steps.push(step(`Lokaal beleid: ${ext} maanden langer, tot ${formatDutchDate(localTo)}.`, setting('reliefLocalExtensionMonths')));
  return explained(
    { applies: true, from: input.bijstandFrom, toExclusive: to, localToExclusive: localTo },
    `Financieel ontzorgen van ${formatDutchDate(input.bijstandFrom)} tot ${formatDutchDate(ext > 0 ? localTo : to)}.`,
    steps,
  );
}

// art. 56a Participatiewet (ijkmomenten: lokaal beleid, instelling reliefCheckpointsMonths) — checkpoint dates
export function reliefCheckpoints(from: IsoDate, checkpointMonths: readonly number[] = [3, 6]): Explained<IsoDate[]> {
  const dates = checkpointMonths.map((m) => addMonths(from, m));
  return explained(
    dates,
    `IJkmomenten ontzorgen: ${dates.map(formatDutchDate).join(', ')}.`,
    checkpointMonths.map((m, i) =>
      step(`IJkmoment na ${m} maanden: ${formatDutchDate(dates[i] ?? from)}.`, setting('reliefCheckpointsMonths')),
    ),
  );
}
