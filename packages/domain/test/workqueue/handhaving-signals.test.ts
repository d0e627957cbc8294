import { describe, expect, it } from 'vitest';
import { applyStep, openViolation, type FineContext, type HandhavingState, type HandhavingStep } from '../../src/handhaving/index.ts';
import { handhavingSignals } from '../../src/workqueue/handhaving-signals.ts';

const ctx: FineContext = { earlierViolations: [], finedInTermSoFar: 0, termCapCents: 240_000 };
const start = () =>
  openViolation({
    ground: 'intake-niet-verschenen',
    establishedOn: '2027-01-10',
    source: { kind: 'brede-intake', id: null, description: 'd' },
    facts: 'f',
  });
function run(steps: HandhavingStep[]): HandhavingState {
  return steps.reduce<HandhavingState>((s, st) => {
    const t = applyStep(s, st, '2027-12-31');
    if (!t.ok) throw new Error(t.refusal.message);
    return t.state;
  }, start());
}
const kinds = (state: HandhavingState) =>
  handhavingSignals({ violations: [{ id: 'v', state }], objectionPeriodWeeks: 6 }).map((s) => [s.kind, s.dueOn, s.section]);

describe('handhaving signals', () => {
  const warned: HandhavingStep = { kind: 'waarschuwing', on: '2027-01-12', responseDays: 14 };
  const voornemen: HandhavingStep = {
    kind: 'voornemen',
    on: '2027-02-01',
    by: 'a',
    culpability: null,
    motivation: 'm',
    reduction: null,
    zienswijzeDays: 14,
    context: ctx,
  };

  it('a warning without response is due the day after its term', () => {
    expect(kinds(run([warned]))).toEqual([['handhaving-warning-no-response', '2027-01-27', 'handhaving']]);
  });
  it('a voornemen: zienswijze term ended, then a decision due once the zienswijze is recorded', () => {
    expect(kinds(run([warned, voornemen]))).toEqual([['handhaving-zienswijze-ended', '2027-02-16', 'handhaving']]);
    expect(kinds(run([warned, voornemen, { kind: 'zienswijze', on: '2027-02-05', form: 'schriftelijk', summary: 's' }]))).toEqual([
      ['handhaving-decision-due', '2027-02-05', 'handhaving'],
    ]);
  });
  it('a beschikking: bezwaar to handle, then the fine final after the term', () => {
    const decided = run([
      warned,
      voornemen,
      { kind: 'zienswijze', on: '2027-02-05', form: 'schriftelijk', summary: 's' },
      { kind: 'besluit', on: '2027-02-10', by: 'b', fine: true, reason: null, context: ctx },
    ]);
    expect(kinds(decided)).toEqual([['handhaving-fine-final', '2027-03-25', 'handhaving']]);
    const bezwaar = applyStep(decided, { kind: 'bezwaar', on: '2027-03-01' }, '2027-12-31');
    expect(bezwaar.ok && kinds(bezwaar.state)).toEqual([['handhaving-bezwaar', '2027-03-01', 'handhaving']]);
  });
  it('nothing for a violation without steps, or one closed', () => {
    expect(kinds(start())).toEqual([]);
  });
});
