import { describe, expect, it } from 'vitest';
import { ontzorgenSignals, type OntzorgenSnapshot } from '../../src/workqueue/ontzorgen-signals.ts';

const base: OntzorgenSnapshot = {
  status: 'actief',
  endsOn: '2027-07-01',
  housedOn: '2027-01-01',
  checkpoints: [
    { dueOn: '2027-04-01', held: true },
    { dueOn: '2027-07-01', held: false },
  ],
  trainingPlannedOn: null,
  rejectedPayments: [],
  partnerProblems: [],
};

describe('ontzorgenSignals', () => {
  it('raises unheld checkpoints, the ending agreement and an unplanned training, each with its due date', () => {
    const s = ontzorgenSignals(base);
    expect(s.map((x) => [x.kind, x.dueOn])).toEqual([
      ['ontzorgen-checkpoint-due', '2027-07-01'],
      ['ontzorgen-agreement-ending', '2027-06-03'],
      ['ontzorgen-training-not-planned', '2027-04-01'],
    ]);
    expect(s.every((x) => x.section === 'ontzorgen')).toBe(true);
  });

  it('a planned training raises nothing; an ended agreement raises no checkpoint or ending', () => {
    expect(ontzorgenSignals({ ...base, trainingPlannedOn: '2027-03-01' }).map((x) => x.kind)).not.toContain('ontzorgen-training-not-planned');
    expect(ontzorgenSignals({ ...base, status: 'beeindigd' })).toEqual([]);
  });

  it('a rejected payment and a partner problem are work items even after the end', () => {
    const s = ontzorgenSignals({
      ...base,
      status: 'beeindigd',
      rejectedPayments: [{ id: 'p', rejectedOn: '2027-02-03', payeeName: 'Woonstichting', amountCents: 65_050, reason: 'rekening opgeheven' }],
      partnerProblems: [{ id: 'q', reportedOn: '2027-02-04', kindLabel: 'achterstand' }],
    });
    expect(s.map((x) => x.kind)).toEqual(['ontzorgen-payment-rejected', 'ontzorgen-partner-problem']);
    expect(s[0]?.reason).toContain('€ 650,50');
  });

  it('a closed case with a running agreement asks only to end it (nothing is paid), from the closing day', () => {
    const s = ontzorgenSignals({ ...base, caseClosedOn: '2027-03-10' });
    expect(s.map((x) => [x.kind, x.dueOn])).toEqual([['ontzorgen-agreement-ending', '2027-03-10']]);
    expect(s[0]?.reason).toContain('gesloten per 10 maart 2027');
    expect(ontzorgenSignals({ ...base, caseClosedOn: null }).map((x) => x.kind)).toContain('ontzorgen-checkpoint-due');
  });
});
