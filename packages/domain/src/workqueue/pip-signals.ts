// Werkvoorraad signals of the PIP (R20; docs/adr/0040): the deadline to establish it, and a concept
// that DUO would refuse or that stays unchanged.
import { addDays, formatDutchDate } from '../rules/dates.ts';
import { pipDeadline } from '../rules/pip-deadline.ts';
import type { TargetGroup } from '../rules/types.ts';
import type { CaseSnapshot, Signal } from './signals.ts';

/** Days before the PIP deadline from which the PIP shows as due. */
export const PIP_DUE_LEAD_DAYS = 14;
/** Days a concept-PIP may stay unchanged before it is work for someone (Koers's choice, ADR 0040). */
export const PIP_CONCEPT_STUCK_DAYS = 14;

const d = formatDutchDate;

/** What the PIP asks of the college now; `issued`: a PIP is vastgesteld. */
// art. 15 Wet inburgering 2021; art. 5.3 Besluit inburgering 2021 — the PIP, its deadline and DUO's rules for it
export function pipSignals(c: CaseSnapshot, targetGroup: TargetGroup, issued: boolean): Signal[] {
  const signals: Signal[] = [];
  // art. 5.3 Besluit inburgering 2021 (art. 15 lid 5 Wet inburgering 2021) — the PIP deadline
  if (!issued) {
    const deadline = pipDeadline({
      targetGroup,
      duoNoticeOn: c.duoNoticeOn,
      registeredOn: c.registeredOn,
      movedInOn: c.movedInOn,
      thirdPartyInfoReceivedOn: c.thirdPartyInfoReceivedOn,
    });
    if (deadline.value !== null) {
      const dueOn = addDays(deadline.value, -PIP_DUE_LEAD_DAYS);
      signals.push({
        kind: 'pip-due',
        dueOn,
        deadline: deadline.value,
        reason: `Het PIP moet uiterlijk ${d(deadline.value)} zijn vastgesteld. ${deadline.explanation.summary}.`.replace(/\.\.$/, '.'),
        section: 'pip',
      });
    }
  }

  // DUO M2M-koppelvlak, PIP-regels (rules D1) — a draft DUO would refuse
  const draft = [...c.pips].filter((p) => p.status === 'concept').sort((a, b) => b.version - a.version)[0];
  if (draft !== undefined && draft.duoValidation !== null && !draft.duoValidation.accepted) {
    const errors = draft.duoValidation.errors.join(', ');
    signals.push({
      kind: 'duo-validation-failing',
      dueOn: draft.updatedOn,
      deadline: null,
      reason: `Het concept-PIP (versie ${draft.version}) zou door DUO worden geweigerd${errors ? ` (${errors})` : ''}: ${draft.duoValidation.summary ?? 'pas het concept aan voordat het wordt vastgesteld.'}`,
      section: 'pip',
    });
  }

  // art. 15 lid 1 Wet inburgering 2021 — the college establishes the PIP; a concept left standing delays it
  if (draft !== undefined) {
    const since = draft.updatedOn;
    signals.push({
      kind: 'pip-concept-stuck',
      dueOn: addDays(since, PIP_CONCEPT_STUCK_DAYS),
      deadline: null,
      reason: `Het concept-PIP (versie ${draft.version}) is sinds ${d(since)} niet gewijzigd en nog niet vastgesteld: stel het vast of verwijder het (art. 15 lid 1 Wi 2021).`,
      section: 'pip',
    });
  }
  return signals;
}
