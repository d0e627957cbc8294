// Werkvoorraad signals from the DUO koppeling (R24; docs/adr/0050): derived from the state of the
// case's DUO inbox (notifications) and outbox (meldingen), like computeSignals from the case. They
// do not depend on whether the case is closed: a refused melding or a notification about a closed
// case (SS110, SS111) still needs a person.
import { formatDutchDate, isBefore, type IsoDate } from '../rules/dates.ts';
import type { Signal } from './signals.ts';

export interface DuoEventSnapshot {
  readonly id: string;
  /** DUO's gebeurtenisId, e.g. 'SS131'. */
  readonly code: string;
  /** DUO's description, when the code is known. */
  readonly description: string | null;
  /** What it means for the case (the event catalogue's `betekenis`). */
  readonly meaning: string | null;
  /** 'ontvangen' | 'verwerkt' | 'actie-nodig' | 'afgehandeld' | 'geen-dossier' | 'fout' */
  readonly status: string;
  readonly receivedOn: IsoDate;
  readonly lastError: string | null;
}

export interface DuoMessageSnapshot {
  readonly id: string;
  /** Dutch name of the melding, e.g. 'het PIP (registratie)'. */
  readonly label: string;
  /** 'wachtend' | 'verzenden' | 'bevestigd' | 'afgewezen' | 'fout' | 'opnieuw-aangeboden' */
  readonly status: string;
  readonly createdOn: IsoDate;
  /** DUO's fouttekst (afgewezen) or the delivery problem (fout). */
  readonly lastError: string | null;
}

export interface DuoSnapshot {
  readonly events: readonly DuoEventSnapshot[];
  readonly messages: readonly DuoMessageSnapshot[];
  /**
   * Set when the case was created from a DUO notification and name, birth date or nationality is
   * still a placeholder (DUO does not send them); `since` is the day the case was created.
   */
  readonly personalDataMissing?: { readonly since: IsoDate } | null;
}

/** A DUO signal with the inbox or outbox row it is about. */
export type DuoSignal = Signal & { readonly ref: { readonly eventId: string } | { readonly messageId: string } | { readonly missing: 'persoonsgegevens' } };

// DUO M2M-koppelvlak, Interactiepatronen (notificering; melding–bevestiging)
export function computeDuoSignals(duo: DuoSnapshot): DuoSignal[] {
  const signals: DuoSignal[] = [];
  for (const e of duo.events) {
    const what = e.description ? `${e.code}: ${e.description}` : `onbekende gebeurtenis ${e.code}`;
    if (e.status === 'actie-nodig') {
      signals.push({
        kind: 'duo-event',
        dueOn: e.receivedOn,
        deadline: null,
        reason: `DUO meldde op ${formatDutchDate(e.receivedOn)} ${what}.${e.meaning ? ` ${e.meaning}` : ' Beoordeel wat dit voor het dossier betekent.'}`,
        section: 'duo',
        ref: { eventId: e.id },
      });
    } else if (e.status === 'fout') {
      signals.push({
        kind: 'duo-processing-failed',
        dueOn: e.receivedOn,
        deadline: null,
        reason: `De DUO-melding ${what} van ${formatDutchDate(e.receivedOn)} kon niet worden verwerkt${e.lastError ? `: ${e.lastError}` : ''}. Controleer de gegevens bij DUO.`,
        section: 'duo',
        ref: { eventId: e.id },
      });
    } else if (e.status === 'ontvangen' && e.lastError !== null) {
      // Shown after the first failure, not after hours of silent retries; gone once it succeeds.
      signals.push({
        kind: 'duo-processing-failed',
        dueOn: e.receivedOn,
        deadline: null,
        reason: `De DUO-melding ${what} van ${formatDutchDate(e.receivedOn)} kon nog niet worden verwerkt: ${e.lastError}. Koers probeert het automatisch opnieuw; latere meldingen over deze persoon wachten tot dan.`,
        section: 'duo',
        ref: { eventId: e.id },
      });
    }
  }
  for (const m of duo.messages) {
    if (m.status === 'afgewezen') {
      signals.push({
        kind: 'duo-message-rejected',
        dueOn: m.createdOn,
        deadline: null,
        reason: `DUO heeft ${m.label} afgewezen${m.lastError ? `: ${m.lastError}` : ''}. Corrigeer de gegevens en bied het bericht opnieuw aan.`,
        section: 'duo',
        ref: { messageId: m.id },
      });
    } else if (m.status === 'fout') {
      signals.push({
        kind: 'duo-message-failed',
        dueOn: m.createdOn,
        deadline: null,
        reason: `${m.label.charAt(0).toUpperCase()}${m.label.slice(1)} kon niet aan DUO worden geleverd${m.lastError ? `: ${m.lastError}` : ''}. Bied het bericht opnieuw aan zodra DUO bereikbaar is.`,
        section: 'duo',
        ref: { messageId: m.id },
      });
    }
  }
  if (duo.personalDataMissing) {
    // art. 1.7 Wet basisregistratie personen — een overheidsorgaan gebruikt de gegevens uit de BRP.
    signals.push({
      kind: 'personal-data-missing',
      dueOn: duo.personalDataMissing.since,
      deadline: null,
      reason: `Het dossier is op ${formatDutchDate(duo.personalDataMissing.since)} aangemaakt na een DUO-melding; DUO geeft geen naam, geboortedatum en nationaliteit door. Vul de persoonsgegevens aan uit de BRP.`,
      section: 'overzicht',
      ref: { missing: 'persoonsgegevens' },
    });
  }
  return signals.sort((a, b) => (a.dueOn === b.dueOn ? a.kind.localeCompare(b.kind) : isBefore(a.dueOn, b.dueOn) ? -1 : 1));
}
