// What Koers has against what DUO says (raadplegen: inburgeringsplicht, PIP, termijn, gevolgde
// uren): every difference with a Dutch reason naming both values. Pure.
import { formatDutchDate, hoursCategoryLabel, type HoursCategory } from '@koers/domain';
import { effectiveNiveau, type GevolgdeUrenGemeente, type Inburgeringsplicht, type Inburgeringstermijn, type PipGemeente } from '@koers/duo';

export interface KoersSide {
  obliged: boolean | null;
  dutyStartOn: string | null;
  /** The current (vastgesteld) PIP. */
  pip: { issuedOn: string; route: string; level: string | null } | null;
  term: { start: string; endExclusive: string } | null;
  hours: { category: HoursCategory; total: number }[];
  gemeenteCode: string;
}

export interface DuoSide {
  plicht: Inburgeringsplicht | null;
  pip: PipGemeente | null;
  termijn: Inburgeringstermijn | null;
  uren: GevolgdeUrenGemeente[] | null;
}

export interface Difference {
  kind: 'plicht' | 'pip' | 'termijn' | 'uren';
  field: string;
  koersValue: string | null;
  duoValue: string | null;
  reason: string;
}

const leerroute: Record<string, string> = { B1: 'B', Onderwijs: 'O', Z: 'Z' };
const routeName: Record<string, string> = { B: 'B1-route', O: 'onderwijsroute', Z: 'Z-route' };
const d = (iso: string | null | undefined): string => (iso ? formatDutchDate(iso) : 'geen');

export function compareWithDuo(koers: KoersSide, duo: DuoSide): Difference[] {
  const out: Difference[] = [];
  const add = (kind: Difference['kind'], field: string, koersValue: string | null, duoValue: string | null, reason: string) => out.push({ kind, field, koersValue, duoValue, reason });
  if (!duo.plicht || !duo.plicht.indicatorInburgeringsplicht) {
    if (koers.obliged !== false) add('plicht', 'inburgeringsplicht', 'ja', duo.plicht ? 'nee' : null, duo.plicht ? `DUO registreert geen inburgeringsplicht${duo.plicht.redenGeenInburgeringsplicht ? ` (${duo.plicht.redenGeenInburgeringsplicht})` : ''}; in Koers is de persoon inburgeringsplichtig.` : 'DUO kent geen inburgeringsplicht voor deze persoon (niet gevonden); in Koers is de persoon inburgeringsplichtig.');
  } else if (duo.plicht.begindatum && koers.dutyStartOn && duo.plicht.begindatum !== koers.dutyStartOn) {
    add('plicht', 'begindatum', koers.dutyStartOn, duo.plicht.begindatum, `De plicht begon volgens DUO op ${d(duo.plicht.begindatum)}, in Koers op ${d(koers.dutyStartOn)}.`);
  }
  if (koers.pip) {
    const p = duo.pip?.pip;
    if (!p) add('pip', 'pip', koers.pip.issuedOn, null, `DUO kent geen PIP voor deze persoon; in Koers is het PIP van ${d(koers.pip.issuedOn)} vastgesteld.`);
    else {
      if (p.dagtekeningPip !== koers.pip.issuedOn) add('pip', 'dagtekening', koers.pip.issuedOn, p.dagtekeningPip, `De dagtekening van het PIP is bij DUO ${d(p.dagtekeningPip)}, in Koers ${d(koers.pip.issuedOn)}.`);
      const route = leerroute[koers.pip.route] ?? koers.pip.route;
      if (p.leerroute !== route) add('pip', 'leerroute', route, p.leerroute, `De leerroute is bij DUO de ${routeName[p.leerroute] ?? p.leerroute}, in Koers de ${routeName[route] ?? route}.`);
      const koersLevel = koers.pip.level ?? (route === 'Z' ? null : 'B1');
      const duoLevel = effectiveNiveau(p.leerroute, p.niveau);
      if (koersLevel !== duoLevel) add('pip', 'niveau', koersLevel, duoLevel, `Het niveau van het PIP is bij DUO ${duoLevel ?? 'niet gegeven'}, in Koers ${koersLevel ?? 'niet gegeven'}.`);
      if (duo.pip && duo.pip.gemeentecode !== koers.gemeenteCode && /^\d{4}$/.test(koers.gemeenteCode)) add('pip', 'gemeente', koers.gemeenteCode, duo.pip.gemeentecode, `Het PIP staat bij DUO op naam van gemeente ${duo.pip.gemeentecode}, niet van deze gemeente (${koers.gemeenteCode}).`);
    }
  } else if (duo.pip) {
    add('pip', 'pip', null, duo.pip.pip.dagtekeningPip, `DUO kent een PIP met dagtekening ${d(duo.pip.pip.dagtekeningPip)}; in Koers is geen PIP vastgesteld.`);
  }
  if (koers.term) {
    if (!duo.termijn) add('termijn', 'termijn', koers.term.endExclusive, null, `DUO kent geen inburgeringstermijn; in Koers loopt die van ${d(koers.term.start)} tot ${d(koers.term.endExclusive)}.`);
    else {
      if (duo.termijn.startdatum !== koers.term.start) add('termijn', 'startdatum', koers.term.start, duo.termijn.startdatum, `De termijn begint bij DUO op ${d(duo.termijn.startdatum)}, in Koers op ${d(koers.term.start)}.`);
      if (duo.termijn.einddatum !== koers.term.endExclusive) add('termijn', 'einddatum', koers.term.endExclusive, duo.termijn.einddatum, `De termijn eindigt bij DUO op ${d(duo.termijn.einddatum)}${duo.termijn.verlengingsgrondomschrijving ? ` (verlengd: ${duo.termijn.verlengingsgrondomschrijving})` : ''}, in Koers op ${d(koers.term.endExclusive)}.`);
    }
  } else if (duo.termijn) {
    add('termijn', 'termijn', null, duo.termijn.einddatum, `DUO kent een inburgeringstermijn tot ${d(duo.termijn.einddatum)}; in Koers is er geen termijn.`);
  }
  if (duo.uren !== null && koers.hours.length > 0) {
    const own = duo.uren.find((u) => u.gemeentecode === koers.gemeenteCode) ?? (duo.uren.length === 1 ? duo.uren[0] : undefined);
    const duoTotal: Record<HoursCategory, number | undefined> = {
      taallesknm: own?.TaallesEnKnmBredeIntake?.uren,
      participatieactiviteiten: own?.ParticipatieactiviteitenBredeIntake?.uren,
      participatietaalles: own?.ParticipatieAlsTaalles?.uren,
    };
    for (const h of koers.hours) {
      const theirs = duoTotal[h.category];
      if (theirs !== h.total) add('uren', h.category, String(h.total), theirs === undefined ? null : String(theirs), `Gevolgde uren ${hoursCategoryLabel(h.category)}: bij DUO ${theirs ?? 'geen'}, in Koers ${h.total}.`);
    }
  }
  return out;
}
