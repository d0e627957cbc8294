// Property-based tests (fast-check) for invariants of the rule core.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, addMonths, compareDates, daysInMonth, daysBetween, fromDayNumber, isIsoDate, parseIsoDate, toDayNumber } from '../src/rules/dates.ts';
import { fineAmount, type Culpability } from '../src/rules/fines.ts';
import { integrationTerm, type TermExtension } from '../src/rules/term.ts';
import { zRouteHoursRemaining } from '../src/rules/z-route.ts';
import { pipDeadline } from '../src/rules/pip-deadline.ts';
import { routeChangeAllowed } from '../src/rules/route-change.ts';
import { isValidBsn } from '../src/rules/identifiers.ts';
import { validatePipForDuo } from '../src/rules/duo-validation.ts';
import { evaluateVectorFile } from '../src/conformance/runner.ts';
import type { LearningRoute, TargetGroup } from '../src/rules/types.ts';

const date = fc.integer({ min: toDayNumber('1990-01-01'), max: toDayNumber('2100-12-31') }).map(fromDayNumber);
const culpability = fc.constantFrom<Culpability>('opzet', 'grove-schuld', 'normaal', 'verminderd');
const hours = fc.integer({ min: 0, max: 2000 });
const targetGroup = fc.constantFrom<TargetGroup>('asiel', 'gezin-overig');
const route = fc.constantFrom<LearningRoute>('B1', 'Z', 'Onderwijs');
const extension: fc.Arbitrary<TermExtension> = fc.oneof(
  fc.integer({ min: 0, max: 36 }).map((months) => ({ months })),
  fc.integer({ min: 0, max: 104 }).map((weeks) => ({ weeks })),
);

describe('date arithmetic', () => {
  it('day numbers round-trip and addDays is consistent', () => {
    fc.assert(fc.property(date, fc.integer({ min: -5000, max: 5000 }), (d, n) => {
      expect(toDayNumber(fromDayNumber(toDayNumber(d)))).toBe(toDayNumber(d));
      expect(daysBetween(d, addDays(d, n))).toBe(n);
    }));
  });

  it('addMonths gives a valid date, keeps the day or clamps to month end, and is monotonic', () => {
    fc.assert(fc.property(date, fc.integer({ min: -60, max: 60 }), (d, n) => {
      const r = addMonths(d, n);
      expect(isIsoDate(r)).toBe(true);
      const a = parseIsoDate(d);
      const b = parseIsoDate(r);
      if (!a || !b) throw new Error('invalid');
      expect((b.year * 12 + b.month) - (a.year * 12 + a.month)).toBe(n);
      expect(b.day === a.day || (b.day < a.day && b.day === daysInMonth(b.year, b.month))).toBe(true);
      expect(compareDates(addMonths(d, n), addMonths(d, n + 1))).toBe(-1);
    }));
  });
});

describe('fines', () => {
  const violation = fc.record({ establishedOn: date, final: fc.boolean() });
  it('a fine never exceeds its cap or the remaining term cap, and is a non-negative integer', () => {
    fc.assert(fc.property(
      fc.constantFrom<22 | 23>(22, 23), date, culpability, fc.array(violation, { maxLength: 12 }),
      fc.integer({ min: 0, max: 300_000 }), fc.boolean(),
      (article, establishedOn, c, earlierViolations, finedInTermSoFar, bijstand) => {
        const amount = fineAmount({ article, establishedOn, culpability: c, earlierViolations, finedInTermSoFar, bijstandLoweredForSameBehaviour: bijstand }).value;
        expect(Number.isInteger(amount)).toBe(true);
        expect(amount).toBeGreaterThanOrEqual(0);
        expect(amount).toBeLessThanOrEqual(article === 22 ? 25_000 : 80_000);
        expect(amount).toBeLessThanOrEqual(Math.max(0, 240_000 - finedInTermSoFar));
        if (bijstand) expect(amount).toBe(0);
      },
    ));
  });

  it('an extra earlier violation never lowers an art. 23 fine; higher culpability never lowers it', () => {
    fc.assert(fc.property(date, culpability, fc.array(violation, { maxLength: 8 }), violation, (establishedOn, c, earlier, extra) => {
      const f = (vs: typeof earlier, cc: Culpability) => fineAmount({ article: 23, establishedOn, culpability: cc, earlierViolations: vs }).value;
      expect(f([...earlier, extra], c)).toBeGreaterThanOrEqual(f(earlier, c));
      expect(f(earlier, 'opzet')).toBeGreaterThanOrEqual(f(earlier, c));
      expect(f(earlier, c)).toBeGreaterThanOrEqual(f(earlier, 'verminderd'));
    }));
  });
});

describe('inburgeringstermijn', () => {
  it('end is after start, at least 3 years, and extensions never shorten it', () => {
    fc.assert(fc.property(date, fc.array(extension, { maxLength: 5 }), extension, (pipIssuedOn, extensions, extra) => {
      const t = integrationTerm({ pipIssuedOn, extensions }).value;
      expect(t.start).toBe(addDays(pipIssuedOn, 1));
      expect(compareDates(t.endExclusive, t.start)).toBe(1);
      expect(compareDates(t.endExclusive, integrationTerm({ pipIssuedOn }).value.endExclusive)).toBeGreaterThanOrEqual(0);
      const longer = integrationTerm({ pipIssuedOn, extensions: [...extensions, extra] }).value;
      expect(compareDates(longer.endExclusive, t.endExclusive)).toBeGreaterThanOrEqual(0);
      expect(longer.start).toBe(t.start);
    }));
  });
});

describe('Z-route', () => {
  it('remaining hours stay within [0, 800] and never increase when hours are added', () => {
    fc.assert(fc.property(targetGroup, hours, hours, hours, hours, hours, fc.constantFrom('course', 'activity', 'map', 'pvt', 'intake'), fc.integer({ min: 0, max: 500 }),
      (tg, courseHours, activityHours, mapHours, pvtHours, intakeHours, which, add) => {
        const input = { targetGroup: tg, courseHours, activityHours, mapHours, pvtHours, intakeHours };
        const before = zRouteHoursRemaining(input).value;
        const after = zRouteHoursRemaining({
          ...input,
          courseHours: courseHours + (which === 'course' ? add : 0),
          activityHours: activityHours + (which === 'activity' ? add : 0),
          mapHours: mapHours + (which === 'map' ? add : 0),
          pvtHours: pvtHours + (which === 'pvt' ? add : 0),
          intakeHours: intakeHours + (which === 'intake' ? add : 0),
        }).value;
        expect(after.courseHoursRemaining).toBeLessThanOrEqual(before.courseHoursRemaining);
        expect(before.courseHoursRemaining).toBeGreaterThanOrEqual(0);
        expect(before.courseHoursRemaining).toBeLessThanOrEqual(800);
        if (tg === 'gezin-overig') expect(after.activityHoursRemaining).toBeNull();
        else {
          expect(after.activityHoursRemaining).toBeLessThanOrEqual(before.activityHoursRemaining ?? 0);
          expect(after.activityHoursRemaining).toBeGreaterThanOrEqual(0);
        }
      }));
  });
});

describe('PIP deadline', () => {
  it('third-party information never brings the deadline forward; a deadline lies 10 weeks after its trigger or later', () => {
    fc.assert(fc.property(targetGroup, date, fc.option(date), fc.option(date), fc.option(date), (tg, notice, registered, moved, info) => {
      const without = pipDeadline({ targetGroup: tg, duoNoticeOn: notice, registeredOn: registered, movedInOn: moved }).value;
      const withInfo = pipDeadline({ targetGroup: tg, duoNoticeOn: notice, registeredOn: registered, movedInOn: moved, thirdPartyInfoReceivedOn: info }).value;
      if (without === null) expect(withInfo).toBeNull();
      else {
        expect(withInfo).not.toBeNull();
        expect(compareDates(withInfo ?? without, without)).toBeGreaterThanOrEqual(0);
        const trigger = moved ?? (tg === 'asiel' && registered !== null && compareDates(registered, notice) > 0 ? registered : notice);
        expect(daysBetween(trigger, without)).toBe(70);
      }
    }));
  });
});

describe('route change', () => {
  it('allowed on a day implies allowed on every earlier day (same routes, no exception)', () => {
    fc.assert(fc.property(date, date, fc.integer({ min: 0, max: 800 }), route, route, (termStart, decidedOn, back, from, to) => {
      if (routeChangeAllowed({ termStart, decidedOn, from, to }).value) {
        expect(routeChangeAllowed({ termStart, decidedOn: addDays(decidedOn, -back), from, to }).value).toBe(true);
      }
    }));
  });
});

describe('identifiers', () => {
  it('a BSN with a correct check digit is valid and every single-digit change breaks it', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 8, maxLength: 8 }), fc.integer({ min: 0, max: 8 }), fc.integer({ min: 1, max: 9 }), (first8, pos, delta) => {
      const check = first8.reduce((acc, d, i) => acc + d * (9 - i), 0) % 11;
      fc.pre(check !== 10 && first8.some((d) => d !== 0));
      const digits = [...first8, check];
      expect(isValidBsn(digits.join(''))).toBe(true);
      const changed = [...digits];
      changed[pos] = ((changed[pos] ?? 0) + delta) % 10;
      expect(isValidBsn(changed.join(''))).toBe(false);
    }));
  });
});

describe('DUO PIP check', () => {
  it('errors are sorted and unique; accepted iff none', () => {
    fc.assert(fc.property(date, date, date, fc.option(date), route, fc.option(fc.constantFrom<'A2' | 'B1'>('A2', 'B1')), fc.boolean(), targetGroup, fc.boolean(),
      (dutyStart, settledOn, issuedOn, currentPipIssuedOn, r, level, firstPipEver, tg, estimatedB1Intensity) => {
        const res = validatePipForDuo({ dutyStart, settledOn, issuedOn, currentPipIssuedOn, route: r, level, firstPipEver, targetGroup: tg, estimatedB1Intensity });
        expect(res.errors).toEqual([...new Set(res.errors)].sort());
        expect(res.accepted).toBe(res.errors.length === 0);
      }));
  });
});

describe('conformance runner', () => {
  it('never throws on arbitrary input', () => {
    const rule = fc.constantFrom('duty', 'pip-deadline', 'term', 'fine', 'relief', 'route-change', 'a2-downgrade', 'z-route-hours', 'duo-pip-check', 'duo-result-check', 'x');
    fc.assert(fc.property(fc.anything(), rule, fc.dictionary(fc.string(), fc.jsonValue()), fc.jsonValue(), (junk, r, input, expected) => {
      expect(() => evaluateVectorFile(junk)).not.toThrow();
      expect(() => evaluateVectorFile({ vectors: [{ id: 'p', rule: r, input, expected }] })).not.toThrow();
    }));
  });
});
