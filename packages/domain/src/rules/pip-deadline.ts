// B3: the last day on which the college sets the PIP.
// Readings (docs/adr/0011): the housing-registration clause applies to asielstatushouders only;
// registered on the notice day counts as registered; third-party information can only postpone.
import { addWeeks, formatDutchDate, isOnOrBefore, maxDate, type IsoDate } from './dates.ts';
import { bi, explained, step, type Explained, type ExplanationStep } from './explanation.ts';
import type { TargetGroup } from './types.ts';

export interface PipDeadlineInput {
  readonly targetGroup: TargetGroup;
  /** Day DUO notified the duty in writing (null: not yet notified). */
  readonly duoNoticeOn: IsoDate | null;
  /** BRP registration in the gemeente where the person is housed (Huisvestingswet 2014 art. 28); null if not yet. */
  readonly registeredOn?: IsoDate | null;
  /** Registration in this gemeente after a move from a gemeente that had set a PIP. */
  readonly movedInOn?: IsoDate | null;
  /** The college was waiting for third-party information and received it on this day. */
  readonly thirdPartyInfoReceivedOn?: IsoDate | null;
}

const PIP_WEEKS = 10;
const THIRD_PARTY_WEEKS = 2;

// art. 5.3 lid 1–3 Besluit inburgering 2021 (art. 15 lid 5 Wet inburgering 2021)
export function pipDeadline(input: PipDeadlineInput): Explained<IsoDate | null> {
  const steps: ExplanationStep[] = [];
  let base: IsoDate | null;
  if (input.movedInOn) {
    base = addWeeks(input.movedInOn, PIP_WEEKS);
    steps.push(
      step(
        `Uiterlijk ${formatDutchDate(base)}: 10 weken na de inschrijving in deze gemeente na verhuizing op ${formatDutchDate(input.movedInOn)}.`,
        bi('5.3', 3),
      ),
    );
  } else if (input.duoNoticeOn === null) {
    base = null;
    steps.push(step('DUO heeft de inburgeringsplicht nog niet schriftelijk meegedeeld: de termijn loopt nog niet.', bi('5.3', 1)));
  } else if (input.targetGroup === 'gezin-overig') {
    base = addWeeks(input.duoNoticeOn, PIP_WEEKS);
    steps.push(
      step(`Uiterlijk ${formatDutchDate(base)}: 10 weken na de kennisgeving van DUO op ${formatDutchDate(input.duoNoticeOn)}.`, bi('5.3', 1)),
    );
  } else {
    const registered = input.registeredOn ?? null;
    if (registered === null) {
      base = null;
      steps.push(
        step(
          'Nog niet ingeschreven in de BRP van de gemeente van huisvesting: de termijn van 10 weken gaat pas lopen bij die inschrijving.',
          bi('5.3', 1),
        ),
      );
    } else if (isOnOrBefore(registered, input.duoNoticeOn)) {
      base = addWeeks(input.duoNoticeOn, PIP_WEEKS);
      steps.push(
        step(
          `Uiterlijk ${formatDutchDate(base)}: 10 weken na de kennisgeving van DUO op ${formatDutchDate(input.duoNoticeOn)}; de inschrijving (${formatDutchDate(registered)}) was er toen al.`,
          bi('5.3', 1),
        ),
      );
    } else {
      base = addWeeks(registered, PIP_WEEKS);
      steps.push(
        step(
          `Uiterlijk ${formatDutchDate(base)}: 10 weken na de inschrijving in de BRP op ${formatDutchDate(registered)}, want bij de kennisgeving van DUO op ${formatDutchDate(input.duoNoticeOn)} was de inburgeringsplichtige nog niet ingeschreven.`,
          bi('5.3', 1),
        ),
      );
    }
  }
  let deadline = base;
  const info = input.thirdPartyInfoReceivedOn ?? null;
  if (base !== null && info !== null) {
    const infoDeadline = addWeeks(info, THIRD_PARTY_WEEKS);
    deadline = maxDate(base, infoDeadline);
    steps.push(
      step(
        deadline === base
          ? `Informatie van een derde ontvangen op ${formatDutchDate(info)}; 2 weken daarna (${formatDutchDate(infoDeadline)}) valt niet later, dus de gewone termijn blijft.`
          : `Uiterlijk ${formatDutchDate(infoDeadline)}: 2 weken na ontvangst van de informatie van een derde op ${formatDutchDate(info)}.`,
        bi('5.3', 2),
      ),
    );
  }
  const decisive = deadline === null ? undefined : steps[deadline === base ? 0 : steps.length - 1];
  const summary =
    deadline === null || decisive === undefined
      ? 'Nog geen uiterste datum voor het PIP.'
      : `${decisive.text.replace(/\.$/, '')} (${decisive.articles.join('; ')})`;
  return explained(deadline, summary, steps);
}
