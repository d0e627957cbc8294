import { describe, expect, it } from 'vitest';
import { bankReasonText, budgetbeheerSignals, parseGemeenteSettings, type BudgetbeheerSnapshot } from '../../src/index.ts';

const base: BudgetbeheerSnapshot = { active: true, startMonth: '2027-01', endMonthExclusive: '2027-07', reportDays: 10, reports: [] };

describe('budgetbeheerSignals', () => {
  it('asks for the first month without a report, due the set days after that month', () => {
    expect(budgetbeheerSignals(base)).toEqual([expect.objectContaining({ kind: 'ontzorgen-partner-report-missing', dueOn: '2027-02-11', section: 'ontzorgen', reason: expect.stringContaining('januari 2027') as string })]);
    const reported = budgetbeheerSignals({ ...base, reports: [{ month: '2027-01', done: true, reason: null }] });
    expect(reported.map((s) => [s.kind, s.dueOn])).toEqual([['ontzorgen-partner-report-missing', '2027-03-11']]);
  });

  it('follows the setting for the number of days', () => {
    expect(budgetbeheerSignals({ ...base, reportDays: 3 })[0]?.dueOn).toBe('2027-02-04');
  });

  it('turns a month reported as not done into a problem with the reason, also after the agreement ended', () => {
    const s = budgetbeheerSignals({ ...base, active: false, reports: [{ month: '2027-02', done: false, reason: 'Huur niet betaald' }] });
    expect(s).toEqual([expect.objectContaining({ kind: 'ontzorgen-partner-problem', dueOn: '2027-02-28', reason: expect.stringContaining('Huur niet betaald') as string })]);
  });

  it('asks nothing when every month is reported or the agreement is not running', () => {
    const all = ['2027-01', '2027-02', '2027-03', '2027-04', '2027-05', '2027-06'].map((month) => ({ month, done: true, reason: null }));
    expect(budgetbeheerSignals({ ...base, reports: all })).toEqual([]);
    expect(budgetbeheerSignals({ ...base, active: false })).toEqual([]);
  });
});

describe('bankReasonText', () => {
  it('gives the Dutch label with the code, and says so for an unknown code or none', () => {
    expect(bankReasonText('AC04')).toBe('AC04 – Rekening opgeheven');
    expect(bankReasonText('am04', 'saldo')).toBe('AM04 – Onvoldoende saldo (saldo)');
    expect(bankReasonText('ZZ99')).toBe('ZZ99 – onbekende redencode');
    expect(bankReasonText(null)).toBe('Geen reden opgegeven door de bank');
  });
});

describe("the gemeente's ontzorgen account setting", () => {
  it('is validated with ibantools and stored in electronic format', () => {
    const ok = parseGemeenteSettings({ ontzorgenAccount: { name: 'Gemeente Dordrecht', iban: 'nl86 ingb 0002 4455 88', bic: 'ingbnl2a' } });
    expect(ok).toEqual({ ok: true, settings: expect.objectContaining({ ontzorgenAccount: { name: 'Gemeente Dordrecht', iban: 'NL86INGB0002445588', bic: 'INGBNL2A' } }) as unknown });
  });

  it.each([
    [{ name: 'G', iban: 'NL86INGB0002445589', bic: 'INGBNL2A' }, 'ontzorgenAccount.iban', 'IBAN: dit is geen geldig IBAN'],
    [{ name: 'G', iban: 'NL86INGB0002445588', bic: 'XX' }, 'ontzorgenAccount.bic', 'BIC: dit is geen geldige BIC'],
    [{ name: 'G', iban: 'NL86INGB0002445588', bic: 'DEUTDEFF' }, 'ontzorgenAccount.bic', 'ander land'],
    [{ name: '', iban: 'NL86INGB0002445588', bic: 'INGBNL2A' }, 'ontzorgenAccount.name', 'Naam rekeninghouder'],
  ])('refuses %o naming the field', (account, field, message) => {
    const r = parseGemeenteSettings({ ontzorgenAccount: account });
    expect(r.ok).toBe(false);
    expect(r.ok ? [] : r.issues).toEqual([expect.objectContaining({ field, message: expect.stringContaining(message) as string })]);
  });
});
