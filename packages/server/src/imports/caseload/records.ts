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
  routeChangeAllowed,
  routeLabel,
  validatePlacementForDuo,
  validateResultDateForDuo,
  validateZRouteCompletion,
  type HoursCategory,
  type LearningRoute,
  type TermExtension,
} from '@koers/domain';
import type { caseHours, casePlacements, caseReliefPeriods, caseResults } from '../../db/schema.ts';
import type { CaseRow } from '../../case-file/find-case.ts';
import { isLearningRoute, kindFor, validateDraft, validationDetails, type PipRow } from '../../use-cases/pip/pip-support.ts';
import { languageSkills, type ChangeReason } from '../../use-cases/pip/pip.types.ts';
import type { InstellingView } from '../../use-cases/traject/instellingen.ts';
import type { CellReader } from './cells.ts';

export type PlacementRow = typeof casePlacements.$inferSelect;
export type HoursRow = typeof caseHours.$inferSelect;
export type ResultRow = typeof caseResults.$inferSelect;
export type ReliefRow = typeof caseReliefPeriods.$inferSelect;

const routes: Record<string, LearningRoute> = { b1: 'B1', b1route: 'B1', b: 'B1', z: 'Z', zroute: 'Z', zelfredzaamheidsroute: 'Z', onderwijs: 'Onderwijs', onderwijsroute: 'Onderwijs', o: 'Onderwijs' };
const changeReasons: Record<string, ChangeReason> = { routewijziging: 'route-change', a2: 'a2', afschalennaara2: 'a2', intensiteit: 'intensity', verhuizing: 'move', overig: 'other' };

/** Where validateDraft's fields are in the file: the PIP sheet, or the Personen sheet for case facts. */
export const pipFieldKey: Record<string, { sheet: 'pip' | 'personen'; key: string }> = {
  route: { sheet: 'pip', key: 'route' },
  level: { sheet: 'pip', key: 'level' },
  a2Skills: { sheet: 'pip', key: 'a2Skills' },
  intensity: { sheet: 'pip', key: 'intensity' },
  estimatedB1Intensity: { sheet: 'pip', key: 'estimatedB1Intensity' },
  support: { sheet: 'pip', key: 'support' },
  pvtIntensity: { sheet: 'pip', key: 'pvtIntensity' },
  mapIntensity: { sheet: 'pip', key: 'mapIntensity' },
  progressMeetings: { sheet: 'pip', key: 'progressMeetings' },
  issuedOn: { sheet: 'pip', key: 'issuedOn' },
  targetGroup: { sheet: 'personen', key: 'targetGroup' },
  dutyStartOn: { sheet: 'personen', key: 'dutyStartOn' },
  registeredOn: { sheet: 'personen', key: 'registeredOn' },
};

export interface PipLine {
  cells: CellReader;
  /** Refuses on the Personen row (facts of the case that a PIP check needs). */
  personCells: CellReader;
}

/** The PIP versions a person's PIP rows add to what Koers has, or undefined when one is refused. */
export function planPips(lines: readonly PipLine[], caseRow: CaseRow, known: readonly PipRow[], ctx: { userId: string; now: Date; today: string }): { added: PipRow[]; unchanged: number } | undefined {
  const parsed: { line: PipLine; row: PipRow }[] = [];
  let ok = true;
  for (const line of lines) {
    const { cells } = line;
    const issuedOn = cells.date('issuedOn');
    const routeText = cells.text('route');
    const route = routeText === undefined ? undefined : routes[routeText.toLowerCase().replace(/[\s-]+/g, '')];
    if (routeText !== undefined && !route) cells.refuse('route', 'Vul B1, Z of Onderwijs in.');
    const levelText = cells.text('level')?.toUpperCase();
    if (levelText !== undefined && levelText !== 'A2' && levelText !== 'B1') cells.refuse('level', 'Vul A2 of B1 in, of laat leeg.');
    const a2Text = (cells.text('a2Skills') ?? '').toLowerCase().split(/[,;+ ]+/).filter(Boolean);
    const a2Skills = a2Text.flatMap((s) => languageSkills.filter((k) => k === s));
    const badSkill = a2Text.find((s) => !languageSkills.some((k) => k === s));
    if (badSkill) cells.refuse('a2Skills', `Kies uit lezen, luisteren, schrijven en spreken (niet "${badSkill}").`);
    const reasonText = cells.text('changeReason');
    const changeReason = reasonText === undefined ? undefined : changeReasons[reasonText.toLowerCase().replace(/[\s-]+/g, '')];
    if (reasonText !== undefined && !changeReason) cells.refuse('changeReason', 'Vul routewijziging, a2, intensiteit, verhuizing of overig in.');
    const hoursPerWeek = cells.int('hoursPerWeek', 0, 80);
    const estimate = cells.int('estimatedB1Intensity', 0, 9999);
    const progressMeetings = cells.int('progressMeetings', 0, 52);
    if (issuedOn === undefined || route === undefined) {
      if (issuedOn === undefined && cells.text('issuedOn') === undefined) cells.refuse('issuedOn', 'Vul de dagtekening in.');
      ok = false;
      continue;
    }
    if (isAfter(issuedOn, ctx.today)) cells.refuse('issuedOn', 'De dagtekening mag niet in de toekomst liggen.');
    parsed.push({
      line,
      row: {
        id: randomUUID(),
        gemeenteId: caseRow.gemeenteId,
        caseId: caseRow.id,
        version: 0,
        status: 'vastgesteld',
        kind: kindFor(caseRow.targetGroup),
        issuedOn,
        route,
        level: levelText === 'A2' || levelText === 'B1' ? levelText : null,
        a2Skills,
        intensity: cells.text('intensity') ?? null,
        hoursPerWeek: hoursPerWeek ?? null,
        estimatedB1Intensity: estimate === undefined ? null : String(estimate),
        motivation: { routes: {} },
        deviatesFromAdvice: false,
        support: cells.text('support') ?? null,
        pvtIntensity: cells.text('pvtIntensity') ?? null,
        mapIntensity: cells.text('mapIntensity') ?? null,
        mapThemesOmitted: [],
        vve: null,
        participation: null,
        participatiewet: null,
        relief: null,
        progressMeetings: progressMeetings ?? null,
        changeReason: changeReason ?? null,
        changeNote: null,
        supersedesId: null,
        duoValidation: null,
        documentId: null,
        createdBy: ctx.userId,
        issuedBy: null,
        source: 'import',
        createdAt: ctx.now,
        updatedAt: ctx.now,
      },
    });
  }
  if (!ok) return undefined;
  parsed.sort((a, b) => (a.row.issuedOn! < b.row.issuedOn! ? -1 : a.row.issuedOn! > b.row.issuedOn! ? 1 : 0));
  const issued = known.filter((p) => p.status !== 'concept' && p.issuedOn !== null).sort((a, b) => a.version - b.version);
  if (known.some((p) => p.status === 'concept') && parsed.some((p) => !issued.some((k) => k.issuedOn === p.row.issuedOn))) {
    for (const p of parsed) p.line.cells.refuse('issuedOn', 'Er staat in Koers een concept-PIP open voor deze persoon; stel dat vast of verwijder het, en importeer daarna opnieuw.');
    return undefined;
  }
  const versions: PipRow[] = [...known];
  const added: PipRow[] = [];
  let unchanged = 0;
  let current = issued.at(-1) ?? null;
  for (const { line, row } of parsed) {
    const same = issued.find((k) => k.issuedOn === row.issuedOn);
    if (same) {
      const differs = same.route !== row.route || (same.level ?? null) !== row.level;
      if (differs) line.cells.refuse('issuedOn', `Het PIP met dagtekening ${formatDutchDate(row.issuedOn!)} staat al in Koers (${routeLabel(same.route as LearningRoute)}${same.level ? `, niveau ${same.level}` : ''}); een vastgesteld PIP verandert niet. Stel in Koers een wijziging vast.`);
      else unchanged++;
      continue;
    }
    if (current?.issuedOn && !isAfter(row.issuedOn!, current.issuedOn)) {
      line.cells.refuse('issuedOn', `Deze dagtekening ligt vóór het PIP van ${formatDutchDate(current.issuedOn)} dat Koers al heeft; een eerdere versie kan niet meer worden toegevoegd.`);
      continue;
    }
    const version = Math.max(0, ...versions.map((v) => v.version)) + 1;
    const reason: ChangeReason | null = current ? (row.changeReason as ChangeReason | null) ?? 'other' : null;
    const draft: PipRow = {
      ...row,
      version,
      changeReason: reason,
      supersedesId: current?.id ?? null,
      motivation: reason ? { routes: {}, change: { reason, previousRoute: isLearningRoute(current?.route) ? current.route : null } } : { routes: {} },
    };
    if (!current && row.changeReason) line.cells.refuse('changeReason', 'Het eerste PIP heeft geen reden van wijziging.');
    // A route change is judged on the dagtekening (art. 17 lid 2 Wi 2021, art. 5.4 Besluit).
    if (reason === 'route-change' && current && isLearningRoute(current.route) && current.route !== row.route) {
      const first = [...issued, ...added][0];
      const termStart = caseRow.termStart ?? (first?.issuedOn ? addDays(first.issuedOn, 1) : addDays(row.issuedOn!, 1));
      const allowed = routeChangeAllowed({ termStart, decidedOn: row.issuedOn!, from: current.route, to: row.route as LearningRoute, exception: null });
      if (!allowed.value) line.cells.refuse('changeReason', allowed.explanation.summary);
    }
    const validation = validateDraft({ caseRow, versions, advice: null }, draft, row.issuedOn!);
    if (!validation.accepted) {
      for (const d of validationDetails(validation)) {
        const where = pipFieldKey[d.field.split('.')[0] ?? ''] ?? { sheet: 'pip' as const, key: 'route' };
        (where.sheet === 'pip' ? line.cells : line.personCells).refuse(where.key, d.message);
      }
    }
    const stored: PipRow = { ...draft, duoValidation: validation, status: 'vastgesteld' };
    if (current && added.includes(current)) current.status = 'gewijzigd';
    versions.push(stored);
    added.push(stored);
    current = stored;
  }
  return { added, unchanged };
}

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
