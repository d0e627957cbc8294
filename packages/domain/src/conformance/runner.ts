// Conformance runner (pure): evaluates a parsed vector file (../shared/conformance/FORMAT.md)
// with the rule core and returns one result per vector. Malformed input gives a FAIL with a
// reason, never an exception.
import { z } from 'zod';
import { isIsoDate } from '../rules/dates.ts';
import { determineDuty } from '../rules/duty.ts';
import { pipDeadline } from '../rules/pip-deadline.ts';
import { integrationTerm, type TermExtension } from '../rules/term.ts';
import { fineAmount } from '../rules/fines.ts';
import { financialRelief } from '../rules/relief.ts';
import { routeChangeAllowed, a2DowngradeAllowed } from '../rules/route-change.ts';
import { zRouteHoursRemaining } from '../rules/z-route.ts';
import { validatePipForDuo, validateResultDateForDuo } from '../rules/duo-validation.ts';
import { spukAllocation } from '../rules/grant.ts';
import { formatie } from '../rules/formatie.ts';
import { keysOf } from '../guards.ts';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Output = Record<string, Json>;

type Evaluation = { readonly ok: true; readonly output: Output } | { readonly ok: false; readonly error: string };

export interface VectorResult {
  readonly id: string;
  readonly passed: boolean;
  /** For a failure: "expected … got …". */
  readonly reason?: string;
}

const date = z.string().refine(isIsoDate, { error: 'geen geldige datum JJJJ-MM-DD' });
const optDate = date.nullish().transform((v) => v ?? null);
const optBool = z.boolean().nullish().transform((v) => v ?? false);
const hours = z.number().finite().nonnegative();
const targetGroup = z.enum(['asiel', 'gezin-overig']);
const route = z.enum(['B1', 'Z', 'Onderwijs']);
const permit = z.enum(['asiel', 'regulier']);

type Handler = (input: unknown) => Evaluation;

function handler<S extends z.ZodType>(schema: S, evaluate: (input: z.output<S>) => Output): Handler {
  return (input) => {
    const parsed = schema.safeParse(input, { reportInput: true });
    if (!parsed.success) return { ok: false, error: `invalid input (${describeIssues(parsed.error.issues)})` };
    return { ok: true, output: evaluate(parsed.data) };
  };
}

function describeIssues(issues: readonly z.core.$ZodIssue[]): string {
  return issues
    .slice(0, 3)
    .map((i) => `${i.path.map(String).join('.') || 'input'}: ${i.input === undefined && i.code === 'invalid_type' ? 'ontbreekt' : i.message}`)
    .join('; ');
}

/** One entry per rule of FORMAT.md: the input schema and the mapping onto the rule core. */
const handlers = {
  duty: handler(
    z.object({
      birthDate: date,
      nationality: z.string().regex(/^[A-Za-z]{2}$/, { error: 'ISO 3166-1 alpha-2 verwacht' }),
      permit,
      purpose: z.enum(['non-temporary', 'temporary', 'religious-worker']).nullish(),
      euFamilyMember: optBool,
      joinsProtectedHolder: optBool,
      aowDate: date,
      onDate: date,
    }),
    (i) => {
      const r = determineDuty(i).value;
      return { obliged: r.obliged, targetGroup: r.targetGroup, reason: r.reason };
    },
  ),
  'pip-deadline': handler(
    z.object({
      targetGroup,
      duoNoticeOn: optDate,
      registeredOn: optDate,
      movedInOn: optDate,
      thirdPartyInfoReceivedOn: optDate,
    }),
    (i) => ({ deadline: pipDeadline(i).value }),
  ),
  term: handler(
    z.object({
      pipIssuedOn: date,
      extensions: z
        .array(
          z
            .object({ months: z.number().int().nonnegative().nullish(), weeks: z.number().int().nonnegative().nullish() })
            .refine((e) => (e.months ?? null) === null !== ((e.weeks ?? null) === null), {
              error: 'een verlenging heeft óf months óf weeks',
            })
            .transform((e): TermExtension => (e.months != null ? { months: e.months } : { weeks: e.weeks ?? 0 })),
        )
        .nullish(),
    }),
    (i) => {
      const r = integrationTerm(i).value;
      return { start: r.start, endExclusive: r.endExclusive };
    },
  ),
  fine: handler(
    z.object({
      article: z.union([z.literal(22), z.literal(23)]),
      establishedOn: date,
      culpability: z.enum(['opzet', 'grove-schuld', 'normaal', 'verminderd']).nullish(),
      earlierViolations: z.array(z.object({ establishedOn: date, final: optBool })).nullish(),
      finedInTermSoFar: z.number().int().nonnegative().nullish(),
      bijstandLoweredForSameBehaviour: optBool,
    }),
    (i) => ({ amount: fineAmount(i).value }),
  ),
  relief: handler(z.object({ obliged: optBool, permit, bijstandFrom: optDate }), (i) => {
    const r = financialRelief(i).value;
    return { applies: r.applies, from: r.from, toExclusive: r.toExclusive };
  }),
  'route-change': handler(
    z.object({
      termStart: date,
      decidedOn: date,
      from: route,
      to: route,
      exception: z.enum(['non-exempting-course', 'special-case']).nullish(),
    }),
    (i) => ({ allowed: routeChangeAllowed(i).value }),
  ),
  'a2-downgrade': handler(
    z.object({ route, dutchCourseHours: hours, sufficientEffort: optBool, firstPip: optBool }),
    (i) => ({ allowed: a2DowngradeAllowed(i).value }),
  ),
  'z-route-hours': handler(
    z.object({
      targetGroup,
      courseHours: hours,
      activityHours: hours,
      mapHours: hours,
      pvtHours: hours,
      intakeHours: hours.nullish(),
    }),
    (i) => {
      const r = zRouteHoursRemaining(i).value;
      return { courseHoursRemaining: r.courseHoursRemaining, activityHoursRemaining: r.activityHoursRemaining };
    },
  ),
  'duo-pip-check': handler(
    z.object({
      dutyStart: date,
      settledOn: date,
      issuedOn: date,
      initialPipIssuedOn: optDate,
      currentPipIssuedOn: optDate,
      route,
      level: z.enum(['A2', 'B1']).nullish(),
      firstPipEver: optBool,
      targetGroup,
      estimatedB1Intensity: optBool,
    }),
    (i) => {
      const r = validatePipForDuo(i);
      return { accepted: r.accepted, errors: r.errors };
    },
  ),
  'duo-result-check': handler(
    z.object({
      date: optDate,
      culpable: z.boolean().nullish().transform((v) => v ?? null),
      today: date,
      termStart: date,
      termEndExclusive: date,
      zRouteCompletedOn: optDate,
      hasCurrentPip: optBool,
    }),
    (i) => {
      // The vectors leave out DUO's extra checks (FORMAT.md, last paragraph).
      const r = validateResultDateForDuo(i, { allDuoRules: false });
      return { accepted: r.accepted, errors: r.errors };
    },
  ),
  'spuk-allocation': handler(
    z.object({
      firstYear: z.number().int().min(1900).max(2200),
      tranches: z.array(z.number().int().nonnegative()),
      residences: z
        .array(z.object({ gemeente: z.string().min(1).nullable(), from: date }))
        .refine((rs) => new Set(rs.map((r) => r.from)).size === rs.length, { error: 'twee woonplaatsen beginnen op dezelfde dag' }),
    }),
    (i) => {
      const r = spukAllocation(i).value;
      return { allocations: r.allocations.map((a) => ({ ...a })), byGemeente: { ...r.byGemeente } };
    },
  ),
  formatie: handler(
    z.object({
      inflowPerYear: z.number().finite().nonnegative(),
      hoursPerPerson: z.number().finite().nonnegative(),
      spreadYears: z.number().finite().positive(),
      productiveHoursPerFte: z.number().finite().positive(),
      costPerFte: z.number().int().nonnegative(),
    }),
    (i) => {
      const r = formatie(i).value;
      return { hoursPerYear: r.hoursPerYear, fte: r.fte, cost: r.cost, caseload: r.caseload };
    },
  ),
} satisfies Record<string, Handler>;

export type RuleName = keyof typeof handlers;
export const ruleNames = keysOf(handlers);

function isRuleName(rule: string): rule is RuleName {
  return Object.hasOwn(handlers, rule);
}

/** Evaluates one rule on raw input. */
export function evaluateRule(rule: string, input: unknown): Evaluation {
  if (!isRuleName(rule)) return { ok: false, error: `unknown rule "${rule}"` };
  return handlers[rule](input);
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a === 'number' && typeof b === 'number') return a === b || (Number.isNaN(a) && Number.isNaN(b));
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => deepEqual(x, b[i]));
  if (isPlainObject(a) && isPlainObject(b)) {
    const ka = Object.keys(a);
    return ka.length === Object.keys(b).length && ka.every((k) => Object.hasOwn(b, k) && deepEqual(a[k], b[k]));
  }
  return false;
}

const sortedList = (xs: unknown[]): unknown[] =>
  [...xs].sort((x, y) => {
    const sx = JSON.stringify(x);
    const sy = JSON.stringify(y);
    return sx < sy ? -1 : sx > sy ? 1 : 0;
  });

/** FORMAT.md comparison: every expected key present in the output and equal; `errors` as sorted lists. */
export function matchesExpected(expected: Record<string, unknown>, output: Output): boolean {
  return Object.entries(expected).every(([key, want]) => {
    if (!Object.hasOwn(output, key)) return false;
    const got: unknown = output[key];
    if (key === 'errors' && Array.isArray(want) && Array.isArray(got)) return deepEqual(sortedList(want), sortedList(got));
    return deepEqual(want, got);
  });
}

function json(v: unknown): string {
  return JSON.stringify(v) ?? 'undefined';
}

/** Evaluates one raw vector. `fallbackId` names vectors without a usable id. */
export function evaluateVector(vector: unknown, fallbackId: string): VectorResult {
  if (!isPlainObject(vector)) return { id: fallbackId, passed: false, reason: 'malformed vector: not an object' };
  const id = typeof vector.id === 'string' && vector.id !== '' ? vector.id : fallbackId;
  const expected = vector.expected;
  if (typeof vector.rule !== 'string') return { id, passed: false, reason: 'malformed vector: "rule" missing or not a string' };
  if (!isPlainObject(expected)) return { id, passed: false, reason: 'malformed vector: "expected" missing or not an object' };
  if (!isPlainObject(vector.input)) {
    return { id, passed: false, reason: `expected ${json(expected)} got error: "input" missing or not an object` };
  }
  let evaluation: Evaluation;
  try {
    evaluation = evaluateRule(vector.rule, vector.input);
  } catch (e) {
    evaluation = { ok: false, error: `error: ${e instanceof Error ? e.message : String(e)}` };
  }
  if (!evaluation.ok) return { id, passed: false, reason: `expected ${json(expected)} got error: ${evaluation.error}` };
  if (matchesExpected(expected, evaluation.output)) return { id, passed: true };
  const shown: Output = {};
  for (const key of Object.keys(expected)) shown[key] = Object.hasOwn(evaluation.output, key) ? (evaluation.output[key] ?? null) : '(missing)';
  return { id, passed: false, reason: `expected ${json(expected)} got ${json(shown)}` };
}

/** Evaluates a parsed vector file `{ "vectors": [...] }`. `name` labels vectors without an id. */
export function evaluateVectorFile(file: unknown, name = 'file'): VectorResult[] {
  if (!isPlainObject(file) || !Array.isArray(file.vectors)) {
    return [{ id: name, passed: false, reason: 'malformed file: expected an object with a "vectors" array' }];
  }
  return file.vectors.map((v, i) => evaluateVector(v, `${name}#${i}`));
}

export function formatResult(r: VectorResult): string {
  return r.passed ? `PASS ${r.id}` : `FAIL ${r.id}: ${r.reason ?? 'failed'}`;
}

export function formatSummary(results: readonly VectorResult[]): string {
  const passed = results.filter((r) => r.passed).length;
  return `${passed} passed, ${results.length - passed} failed`;
}
