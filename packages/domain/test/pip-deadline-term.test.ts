import { describe, expect, it } from 'vitest';
import { pipDeadline } from '../src/rules/pip-deadline.ts';
import { considerableEffortsExtension, integrationTerm, type ConsiderableEffortsInput } from '../src/rules/term.ts';

describe('pipDeadline (B3)', () => {
  it('asiel: waits for BRP registration in the housing gemeente', () => {
    expect(pipDeadline({ targetGroup: 'asiel', duoNoticeOn: '2024-03-04', registeredOn: null }).value).toBeNull();
    expect(pipDeadline({ targetGroup: 'asiel', duoNoticeOn: '2024-03-04', registeredOn: '2024-03-10' }).value).toBe('2024-05-19');
  });

  it('move takes precedence; third-party info can only postpone', () => {
    expect(pipDeadline({ targetGroup: 'gezin-overig', duoNoticeOn: '2020-01-01', movedInOn: '2024-03-04' }).value).toBe('2024-05-13');
    const late = pipDeadline({ targetGroup: 'gezin-overig', duoNoticeOn: '2024-03-04', thirdPartyInfoReceivedOn: '2024-05-10' });
    expect(late.value).toBe('2024-05-24');
    expect(late.explanation.articles).toContain('art. 5.3 lid 2 Besluit inburgering 2021');
  });

  it('no DUO notice yet: no deadline', () => {
    expect(pipDeadline({ targetGroup: 'gezin-overig', duoNoticeOn: null }).value).toBeNull();
  });
});

describe('integrationTerm (B5/B6)', () => {
  it('starts the day after the dagtekening and lasts three years', () => {
    const r = integrationTerm({ pipIssuedOn: '2024-05-02' });
    expect(r.value).toEqual({ start: '2024-05-03', endExclusive: '2027-05-03' });
    expect(r.explanation.summary).toBe('Inburgeringstermijn van 3 mei 2024 tot en met 2 mei 2027.');
    expect(r.explanation.articles).toContain('art. 11 lid 2 Wet inburgering 2021');
  });

  it('applies extensions in order with clamping', () => {
    expect(integrationTerm({ pipIssuedOn: '2025-01-30', extensions: [{ months: 1 }, { months: 1 }] }).value.endExclusive).toBe('2028-03-29');
    expect(integrationTerm({ pipIssuedOn: '2026-04-08', extensions: [{ weeks: 16 }, { months: 6 }] }).value.endExclusive).toBe('2030-01-30');
  });
});

describe('considerableEffortsExtension (B4.4)', () => {
  const ok: ConsiderableEffortsInput = {
    route: 'B1', targetGroup: 'asiel', examLevel: 'B1', allLessonsFollowed: true, lessonHours: 0,
    languageExamsPassed: 2, knmPassed: true, pvtCompleted: true, mapCompleted: true,
  };
  it('grants 6 months when all conditions are met', () => {
    expect(considerableEffortsExtension(ok).value).toEqual({ eligible: true, months: 6 });
  });
  it('gezinsmigranten need 450 lesson hours instead of all lessons', () => {
    expect(considerableEffortsExtension({ ...ok, targetGroup: 'gezin-overig', allLessonsFollowed: false, lessonHours: 450 }).value.eligible).toBe(true);
    expect(considerableEffortsExtension({ ...ok, targetGroup: 'gezin-overig', lessonHours: 449 }).value.eligible).toBe(false);
  });
  it('fails on any missing condition', () => {
    expect(considerableEffortsExtension({ ...ok, route: 'Z' }).value.eligible).toBe(false);
    expect(considerableEffortsExtension({ ...ok, languageExamsPassed: 1 }).value.eligible).toBe(false);
    expect(considerableEffortsExtension({ ...ok, mapCompleted: false }).value.eligible).toBe(false);
  });
});
