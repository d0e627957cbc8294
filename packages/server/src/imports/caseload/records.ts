// PIP versions, termijn, placements, hours, results and ontzorgen of one person in the caseload
// import, checked by the same rules-core functions as hand entry: validateDraft (art. 15 Wi and
// DUO's D1), routeChangeAllowed, integrationTerm, validatePlacementForDuo (D3),
// hoursCategoryAllowed, validateResultDateForDuo (D4) and validateZRouteCompletion.
import { randomUUID } from 'node:crypto';
import {
  addDays,
  formatDutchDate,
  hoursCategoryAllowed,
  integrationTerm,
  isAfter,
  validatePlacementForDuo,
  validateResultDateForDuo,
  validateZRouteCompletion,
  type HoursCategory,
  type LearningRoute,
  type TermExtension,
} from '@koers/domain';
import type { caseHours, casePlacements, caseReliefPeriods, caseResults } from '../../db/schema.ts';
import type { CaseRow } from '../../case-file/find-case.ts';
import { isLearningRoute, type PipRow } from '../../use-cases/pip/pip-support.ts';
import type { InstellingView } from '../../use-cases/traject/instellingen.ts';
import type { CellReader } from './cells.ts';

export type PlacementRow = typeof casePlacements.$inferSelect;
export type HoursRow = typeof caseHours.$inferSelect;
export type ResultRow = typeof caseResults.$inferSelect;
export type ReliefRow = typeof caseReliefPeriods.$inferSelect;

export { pipFieldKey, planPips, type PipLine } from './pip-rows.ts';

const extensionPattern = /^(\d{1,2})\s*(maanden|maand|mnd|m|weken|week|wk|w)$/i;

/** "6 maanden + 12 weken" → extensions in order; undefined (refused) when not readable. */
export function readExtensions(cells: CellReader): TermExtension[] | undefined {
  const text = cells.text('extensions');
  if (text === undefined) return [];
  const parts = text.split(/[+,;]| en /).map((p) => p.trim()).filter(Boolean);
  const out: TermExtension[] = [];
  for (const p of parts) {
    const m = p.match(extensionPattern);
    if (!m) {
      cells.refuse('extensions', `Schrijf de verlengingen als "6 maanden" of "6 maanden + 12 weken" (niet "${p.slice(0, 40)}").`);
      return undefined;
    }
    const n = Number(m[1]);
    out.push(/^m/i.test(m[2]!) ? { months: n } : { weeks: n });
  }
  return out;
}

/**
 * The termijn from the first PIP's dagtekening (art. 11 Wi 2021) and DUO's extensions (art. 12); a
 * start or end in the file that disagrees is refused with the reason.
 */
export function planTerm(cells: CellReader, firstIssuedOn: string | null, extensions: readonly TermExtension[]): { start: string; endExclusive: string } | null | undefined {
  const givenStart = cells.date('termStart');
  const givenEnd = cells.date('termEnd');
  if (firstIssuedOn === null) {
    if (givenStart || givenEnd || extensions.length > 0) {
      cells.refuse(givenStart ? 'termStart' : givenEnd ? 'termEnd' : 'extensions', 'Zonder vastgesteld PIP is er geen inburgeringstermijn: de termijn begint de dag na de dagtekening van het eerste PIP.');
      return undefined;
    }
    return null;
  }
  const term = integrationTerm({ pipIssuedOn: firstIssuedOn, extensions });
  let ok = true;
  if (givenStart && givenStart !== term.value.start) {
    cells.refuse('termStart', `De termijn begint de dag na de dagtekening van het eerste PIP (${formatDutchDate(firstIssuedOn)}): op ${formatDutchDate(term.value.start)}, niet op ${formatDutchDate(givenStart)}.`);
    ok = false;
  }
  if (givenEnd && givenEnd !== term.value.endExclusive) {
    cells.refuse(
      'termEnd',
      `Volgens de regels eindigt de termijn op ${formatDutchDate(term.value.endExclusive)} (${term.explanation.summary}), niet op ${formatDutchDate(givenEnd)}. Heeft DUO de termijn verlengd, vul dan de kolom ${cells.header('extensions')} in.`,
    );
    ok = false;
  }
  return ok ? term.value : undefined;
}

export interface PlacementLine {
  cells: CellReader;
}

export interface PlannedPlacement {
  insert: typeof casePlacements.$inferInsert;
  replaces: string | null;
  label: string;
}

/** New inburgeringsaanbod rows (DUO's D3 checked as registerPlacement does); unchanged ones are skipped. */
export function planPlacements(
  lines: readonly PlacementLine[],
  caseRow: CaseRow,
  currentPip: PipRow | null,
  term: { start: string; endExclusive: string } | null,
  known: readonly PlacementRow[],
  instellingen: readonly InstellingView[] | string,
  ctx: { userId: string; now: Date },
): PlannedPlacement[] {
  const out: PlannedPlacement[] = [];
  for (const { cells } of lines) {
    const nummer = cells.text('instellingsnummer');
    const offeredOn = cells.date('offeredOn');
    const expectedStartOn = cells.date('expectedStartOn') ?? null;
    const expectedEndOn = cells.date('expectedEndOn') ?? null;
    const literacy = cells.text('literacy')?.toUpperCase();
    if (literacy !== undefined && literacy !== 'A' && literacy !== 'AA' && literacy !== 'NVT') cells.refuse('literacy', 'Vul A (analfabeet), AA (anders gealfabetiseerd) of NVT in.');
    if (!nummer || !offeredOn || !literacy) {
      if (!offeredOn && cells.text('offeredOn') === undefined) cells.refuse('offeredOn', 'Vul de datum van het aanbod in.');
      continue;
    }
    if (typeof instellingen === 'string') {
      cells.refuse('instellingsnummer', instellingen);
      continue;
    }
    const instelling = instellingen.find((i) => i.instellingsnummer === nummer);
    if (!instelling) {
      cells.refuse('instellingsnummer', `Instelling ${nummer} staat niet in de lijst van DUO.`);
      continue;
    }
    if (expectedStartOn && expectedStartOn < offeredOn) cells.refuse('expectedStartOn', 'De verwachte startdatum ligt vóór de datum van het aanbod.');
    if (expectedEndOn && expectedEndOn < (expectedStartOn ?? offeredOn)) cells.refuse('expectedEndOn', 'De verwachte einddatum ligt vóór de start.');
    const check = validatePlacementForDuo({
      targetGroup: caseRow.targetGroup === 'asiel' ? 'asiel' : 'gezin-overig',
      route: isLearningRoute(currentPip?.route) ? currentPip.route : 'B1',
      currentPipIssuedOn: currentPip?.issuedOn ?? null,
      providerKeurmerk: instelling.keurmerk,
      providerTaalschakel: instelling.taalschakel,
      placementOn: offeredOn,
      courseStartOn: expectedStartOn,
      courseEndOn: expectedEndOn,
      termStart: term?.start ?? null,
      termEndExclusive: term?.endExclusive ?? null,
    });
    if (!check.accepted) {
      for (const f of check.findings) cells.refuse(f.error === 'provider-not-recognised' ? 'instellingsnummer' : f.error === 'bridging-before-course-end' ? 'expectedEndOn' : 'offeredOn', f.text);
      continue;
    }
    const active = known.find((p) => p.instellingsnummer === nummer && p.status === 'actief');
    if (active && active.offeredOn === offeredOn && active.expectedStartOn === expectedStartOn && active.expectedEndOn === expectedEndOn && active.literacy === literacy) continue;
    out.push({
      insert: {
        id: randomUUID(),
        gemeenteId: caseRow.gemeenteId,
        caseId: caseRow.id,
        instellingsnummer: nummer,
        instellingNaam: instelling.naam,
        offeredOn,
        expectedStartOn,
        expectedEndOn,
        literacy,
        status: 'actief',
        withdrawnOn: null,
        withdrawReason: null,
        source: 'import',
        createdBy: ctx.userId,
        createdAt: ctx.now,
        updatedAt: ctx.now,
      },
      replaces: active?.id ?? null,
      label: `inburgeringsaanbod bij ${instelling.naam}`,
    });
  }
  return out;
}

const hourColumns: [string, HoursCategory][] = [
  ['hoursTaallesKnm', 'taallesknm'],
  ['hoursParticipatie', 'participatieactiviteiten'],
  ['hoursParticipatieTaalles', 'participatietaalles'],
];

/** Cumulative hours per category (hoursCategoryAllowed), only where they differ from Koers. */
export function planHours(cells: CellReader, caseRow: CaseRow, route: LearningRoute | null, known: readonly HoursRow[], ctx: { userId: string; now: Date; today: string }): (typeof caseHours.$inferInsert)[] {
  const given = hourColumns.flatMap(([key, category]) => {
    const total = cells.int(key, 0, 9999);
    return total === undefined ? [] : [{ key, category, total }];
  });
  if (given.length === 0) return [];
  const asOf = cells.date('hoursAsOf');
  if (!asOf) {
    if (cells.text('hoursAsOf') === undefined) cells.refuse('hoursAsOf', 'Vul de peildatum van de uren in.');
    return [];
  }
  if (isAfter(asOf, ctx.today)) {
    cells.refuse('hoursAsOf', 'De peildatum mag niet in de toekomst liggen.');
    return [];
  }
  const out: (typeof caseHours.$inferInsert)[] = [];
  for (const { key, category, total } of given) {
    const allowed = hoursCategoryAllowed({ category, targetGroup: caseRow.targetGroup === 'asiel' || caseRow.targetGroup === 'gezin-overig' ? caseRow.targetGroup : null, route });
    if (!allowed.value) {
      cells.refuse(key, allowed.explanation.summary);
      continue;
    }
    const before = known.find((h) => h.category === category);
    if (before && before.total === total && before.asOf === asOf) continue;
    out.push({ caseId: caseRow.id, gemeenteId: caseRow.gemeenteId, category, total, asOf, source: 'import', updatedBy: ctx.userId, createdAt: ctx.now, updatedAt: ctx.now });
  }
  return out;
}

/** PVT, MAP and Z-route results (D4 and the Z-route completion rule), only where they differ. */
export function planResults(
  cells: CellReader,
  caseRow: CaseRow,
  currentPip: PipRow | null,
  term: { start: string; endExclusive: string } | null,
  known: readonly ResultRow[],
  ctx: { userId: string; now: Date; today: string },
): (typeof caseResults.$inferInsert)[] {
  const out: (typeof caseResults.$inferInsert)[] = [];
  const zroute = cells.date('zrouteOn') ?? null;
  if (zroute) {
    const z = validateZRouteCompletion({ date: zroute, today: ctx.today, currentPipRoute: isLearningRoute(currentPip?.route) ? currentPip.route : null, termStart: term?.start ?? null });
    if (!z.value.accepted) cells.refuse('zrouteOn', z.explanation.summary);
    else out.push(result('zroute', zroute, null));
  }
  for (const kind of ['pvt', 'map'] as const) {
    const date = cells.date(`${kind}On`) ?? null;
    const culpable = cells.bool(`${kind}Culpable`) ?? null;
    if (date === null && culpable === null) continue;
    if (term === null) {
      cells.refuse(`${kind}On`, 'DUO verwerkt een resultaat pas als het PIP is vastgesteld en de termijn loopt; voeg het PIP toe op het blad PIP.');
      continue;
    }
    const check = validateResultDateForDuo({
      date,
      culpable,
      today: ctx.today,
      termStart: term.start,
      termEndExclusive: term.endExclusive,
      zRouteCompletedOn: zroute,
      hasCurrentPip: currentPip !== null,
      isChange: false,
      earlierDateSentByThisGemeente: false,
    });
    if (!check.accepted) {
      for (const f of check.findings) cells.refuse(f.error.startsWith('culpable') ? `${kind}Culpable` : `${kind}On`, f.text);
      continue;
    }
    out.push(result(kind, date, culpable));
  }
  return out.filter((r) => {
    const before = known.find((k) => k.kind === r.kind);
    return !before || before.completedOn !== r.completedOn || before.culpable !== r.culpable;
  });

  function result(kind: 'pvt' | 'map' | 'zroute', completedOn: string | null, culpable: boolean | null): typeof caseResults.$inferInsert {
    return { id: randomUUID(), gemeenteId: caseRow.gemeenteId, caseId: caseRow.id, kind, completedOn, culpable, note: null, source: 'import', createdBy: ctx.userId, createdAt: ctx.now, updatedAt: ctx.now };
  }
}

/** The ontzorgen period (start, last day) when it differs from Koers. */
export function planRelief(cells: CellReader, caseRow: CaseRow, known: ReliefRow | undefined, ctx: { userId: string; now: Date }): typeof caseReliefPeriods.$inferInsert | null {
  const start = cells.date('reliefStart');
  const last = cells.date('reliefEnd');
  if (!start) {
    if (last) cells.refuse('reliefStart', 'Vul ook de startdatum van het ontzorgen in.');
    return null;
  }
  if (last && last < start) {
    cells.refuse('reliefEnd', 'De laatste dag ligt vóór de startdatum.');
    return null;
  }
  const endExclusive = last ? addDays(last, 1) : null;
  if (known && known.startOn === start && known.endExclusive === endExclusive) return null;
  return { caseId: caseRow.id, gemeenteId: caseRow.gemeenteId, startOn: start, endExclusive, source: 'import', version: (known?.version ?? 0) + 1, createdBy: ctx.userId, createdAt: ctx.now, updatedAt: ctx.now };
}
