// Werkvoorraad signals of the brede intake (R20; docs/adr/0040): invite, follow up an invitation,
// complete the intake without the person, plan the leerbaarheidstoets.
import { formatDutchDate } from '../rules/dates.ts';
import { MAX_INTAKE_INVITATIONS } from '../rules/intake.ts';
import type { CaseSnapshot, Signal } from './signals.ts';

const d = formatDutchDate;

/** What the brede intake asks of the college now; `issued`: a PIP is vastgesteld, the intake is behind it. */
// art. 14 Wet inburgering 2021; art. 5.2 Besluit inburgering 2021 — the brede intake and its leerbaarheidstoets
export function intakeSignals(c: CaseSnapshot, issued: boolean): Signal[] {
  const signals: Signal[] = [];
  const intakeDone = c.intake !== null && (c.intake.status.startsWith('afgerond') || c.intake.completedOn !== null);
  const appeared = c.invitations.find((i) => i.outcome === 'appeared');
  // The conversation started: the person appeared, or the intake is in conversation or done.
  const conversationStarted = appeared !== undefined || intakeDone || (c.intake !== null && c.intake.status === 'in-gesprek');
  const toetsPlanned = c.toetsen.some((t) => t.exemption !== null || !['geannuleerd', 'niet-verschenen'].includes(t.status));
  const invitations = [...c.invitations].sort((a, b) => a.sequence - b.sequence);
  const last = invitations[invitations.length - 1];

  // art. 14 lid 1 Wet inburgering 2021 — the college invites for the brede intake (timing per gemeente, seed 002)
  if (!issued && !intakeDone && invitations.length === 0 && (c.intake === null || c.intake.status === 'open')) {
    const from = c.intakeScenario === 3 ? (c.housedOn ?? c.registeredOn) : (c.linkedOn ?? c.housedOn ?? c.registeredOn ?? c.duoNoticeOn);
    if (from !== null) {
      const when =
        c.intakeScenario === 3
          ? `na de huisvesting op ${d(from)} (scenario 3: alles na huisvesting)`
          : `vanaf de koppeling op ${d(from)} (scenario ${c.intakeScenario}: brede intake in het azc)`;
      signals.push({
        kind: 'intake-not-started',
        dueOn: from,
        deadline: null,
        reason: `Brede intake nog niet gestart: volgens de keuze van de gemeente start die ${when}. Nodig uit voor de brede intake (art. 14 lid 1 Wi 2021).`,
        section: 'intake',
      });
    }
  }

  if (last !== undefined && !intakeDone) {
    // art. 14 lid 1 Wet inburgering 2021 — the invitation sets a term to respond
    if (last.outcome === 'pending') {
      signals.push({
        kind: 'invitation-deadline',
        dueOn: last.respondBy,
        deadline: last.respondBy,
        reason: `De termijn van oproep ${last.sequence} voor de brede intake (verstuurd ${d(last.sentOn)}) loopt af op ${d(last.respondBy)}: leg vast of de inburgeringsplichtige verscheen (art. 14 lid 1 Wi 2021).`,
        section: 'intake',
      });
    } else if (last.outcome === 'no-show' || last.outcome === 'insufficient-cooperation') {
      const what = last.outcome === 'no-show' ? 'niet verschenen' : 'onvoldoende meegewerkt';
      const on = last.outcomeOn ?? last.respondBy;
      if (invitations.length >= MAX_INTAKE_INVITATIONS) {
        // art. 14 lid 2 Wet inburgering 2021 — after three invitations the college completes the intake alone
        signals.push({
          kind: 'intake-complete-in-absence',
          dueOn: on,
          deadline: null,
          reason: `Na ${invitations.length} oproepen ${what} (laatst op ${d(on)}): voltooi de brede intake zonder de inburgeringsplichtige (art. 14 lid 2 Wi 2021).`,
          section: 'intake',
        });
      } else {
        // art. 14 lid 1 Wet inburgering 2021 — written warning and repeat invitation with a new term
        signals.push({
          kind: 'warning-due',
          dueOn: on,
          deadline: null,
          reason: `Oproep ${last.sequence}: ${what} op ${d(on)}. Stuur een schriftelijke waarschuwing en roep opnieuw op met een nieuwe termijn (art. 14 lid 1 Wi 2021).`,
          section: 'intake',
        });
      }
    }
  }

  // art. 14 lid 3 Wet inburgering 2021 en art. 5.2 Besluit inburgering 2021 — the leerbaarheidstoets is part of the brede intake
  if (conversationStarted && !issued && !toetsPlanned) {
    const from = appeared?.outcomeOn ?? c.intake?.startedOn ?? c.intake?.completedOn ?? null;
    if (from !== null) {
      signals.push({
        kind: 'toets-not-planned',
        dueOn: from,
        deadline: null,
        reason: `Het intakegesprek is begonnen op ${d(from)}, maar er is nog geen leerbaarheidstoets gepland en geen ontheffing verleend (art. 14 Wi 2021, art. 5.2 Bi 2021).`,
        section: 'intake',
      });
    }
  }
  return signals;
}
