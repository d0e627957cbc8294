// The PIP sheet of the caseload import: each row read as a vastgesteld PIP version and checked by
// the rules core as hand entry is (validateDraft, art. 15 Wi and DUO's D1; routeChangeAllowed).
import { randomUUID } from 'node:crypto';
import { addDays, formatDutchDate, isAfter, routeChangeAllowed, routeLabel, type LearningRoute } from '@koers/domain';
import type { CaseRow } from '../../case-file/find-case.ts';
import { isLearningRoute, kindFor, validateDraft, validationDetails, type PipRow } from '../../use-cases/pip/pip-support.ts';
import { languageSkills, type ChangeReason } from '../../use-cases/pip/pip.types.ts';
import type { CellReader } from './cells.ts';

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

interface ParsedPip {
  line: PipLine;
  route: LearningRoute;
  changeReason: ChangeReason | null;
  row: PipRow;
}

/** One row of the PIP sheet read and checked on its own, or undefined when it lacks its dagtekening or route. */
function readPipLine(line: PipLine, caseRow: CaseRow, ctx: { userId: string; now: Date; today: string }): ParsedPip | undefined {
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
    return undefined;
  }
  if (isAfter(issuedOn, ctx.today)) cells.refuse('issuedOn', 'De dagtekening mag niet in de toekomst liggen.');
  return {
    line,
    route,
    changeReason: changeReason ?? null,
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
  };
}

/** The PIP versions a person's PIP rows add to what Koers has, or undefined when one is refused. */
export function planPips(lines: readonly PipLine[], caseRow: CaseRow, known: readonly PipRow[], ctx: { userId: string; now: Date; today: string }): { added: PipRow[]; unchanged: number } | undefined {
  const parsed: ParsedPip[] = [];
  let ok = true;
  for (const line of lines) {
    const read = readPipLine(line, caseRow, ctx);
    if (read) parsed.push(read);
    else ok = false;
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
  for (const { line, row, route, changeReason } of parsed) {
    const same = issued.find((k) => k.issuedOn === row.issuedOn);
    if (same) {
      const differs = same.route !== row.route || (same.level ?? null) !== row.level;
      if (differs) line.cells.refuse('issuedOn', `Het PIP met dagtekening ${formatDutchDate(row.issuedOn!)} staat al in Koers (${isLearningRoute(same.route) ? routeLabel(same.route) : same.route}${same.level ? `, niveau ${same.level}` : ''}); een vastgesteld PIP verandert niet. Stel in Koers een wijziging vast.`);
      else unchanged++;
      continue;
    }
    if (current?.issuedOn && !isAfter(row.issuedOn!, current.issuedOn)) {
      line.cells.refuse('issuedOn', `Deze dagtekening ligt vóór het PIP van ${formatDutchDate(current.issuedOn)} dat Koers al heeft; een eerdere versie kan niet meer worden toegevoegd.`);
      continue;
    }
    const version = Math.max(0, ...versions.map((v) => v.version)) + 1;
    const reason: ChangeReason | null = current ? (changeReason ?? 'other') : null;
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
      const allowed = routeChangeAllowed({ termStart, decidedOn: row.issuedOn!, from: current.route, to: route, exception: null });
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
