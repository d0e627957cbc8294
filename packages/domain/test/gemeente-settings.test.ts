import { describe, expect, it } from 'vitest';
import {
  checkGemeentecode,
  checkOin,
  defaultSettings,
  oinFromRsin,
  parseGemeenteSettings,
  readGemeenteSettings,
  retentionOf,
  settingsFor,
  settingsForGemeente,
} from '../src/index.ts';

describe('OIN (Logius OIN-stelsel)', () => {
  it('accepts a gemeente OIN: 00000001 + RSIN (elfproef) + 000', () => {
    expect(checkOin('00000001800866472000')).toEqual({ valid: true }); // DUO's OIN: RSIN 800866472
    expect(oinFromRsin('800866472')).toBe('00000001800866472000');
  });

  it('refuses what is not 20 digits, a prefix outside the register, an RSIN failing the elfproef', () => {
    const refused = (oin: string) => {
      const r = checkOin(oin);
      expect(r.valid, oin).toBe(false);
      return r.valid ? '' : r.message;
    };
    expect(refused('0000000180086647200')).toMatch(/20 cijfers/);
    expect(refused('0000000180086647200a')).toMatch(/20 cijfers/);
    expect(refused('12345678800866472000')).toMatch(/prefix/);
    expect(refused('00000000800866472000')).toMatch(/prefix/);
    expect(refused('00000001800866473000')).toMatch(/elfproef/);
    expect(refused('00000003123456780001')).toMatch(/0000/);
    expect(checkOin('00000003123456780000')).toEqual({ valid: true });
    expect(checkOin('00000004003214345001')).toEqual({ valid: true });
    expect(() => oinFromRsin('800866473')).toThrow(RangeError);
  });
});

describe('CBS gemeentecode', () => {
  it('is four digits, not 0000', () => {
    expect(checkGemeentecode('0148')).toEqual({ valid: true });
    expect(checkGemeentecode('148').valid).toBe(false);
    expect(checkGemeentecode('0000').valid).toBe(false);
    expect(checkGemeentecode('05o5').valid).toBe(false);
  });
});

describe('gemeente settings', () => {
  it('parses every setting and the letter fields; empty letter fields are not stored', () => {
    const r = parseGemeenteSettings({
      mapHourNorm: 80,
      progressMeetingsDefault: 6,
      reliefLocalExtensionMonths: 6,
      intakeScenario: 3,
      duoContactTelefoon: '078 770 8910',
      letter: { department: ' Team Inburgering ', phone: '078 770 8910', email: '', signatoryName: 'J. de Vries' },
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.settings.letter).toEqual({ department: 'Team Inburgering', phone: '078 770 8910', signatoryName: 'J. de Vries' });
    expect(r.settings.mapHourNorm).toBe(80);
  });

  it('names each wrong field by its Dutch label', () => {
    const r = parseGemeenteSettings({ mapHourNorm: 0, intakeScenario: 4, letter: { email: 'geen-adres', phone: 'bel maar', unknown: 1 }, extra: true });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const byField = Object.fromEntries(r.issues.map((i) => [i.field, i.message]));
    expect(byField['mapHourNorm']).toBe('Urennorm MAP: moet groter dan 0 zijn');
    expect(byField['intakeScenario']).toBe('Scenario start brede intake: moet scenario 1, 2 of 3 zijn');
    expect(byField['letter.email']).toMatch(/^E-mailadres: vul een geldig e-mailadres in/);
    expect(byField['letter.phone']).toMatch(/^Telefoonnummer: /);
    expect(Object.values(byField).join('\n')).toContain('onbekend veld extra');
    expect(Object.values(byField).join('\n')).toContain('onbekend veld unknown');
  });

  it('refuses NUL bytes and lone surrogates in text', () => {
    for (const bad of ['Team\u0000X', 'Team \ud800']) {
      const r = parseGemeenteSettings({ letter: { department: bad } });
      expect(r.ok).toBe(false);
    }
  });

  it('reads stored settings field by field: a broken field falls back to its default, the rest stays', () => {
    const s = readGemeenteSettings({ intakeScenario: 9, progressMeetingsDefault: 5, letter: { phone: 'x', department: 'Team' }, oud: 1 });
    expect(s).toEqual({ progressMeetingsDefault: 5, letter: { department: 'Team' }, retention: {} });
    expect(readGemeenteSettings(null)).toEqual({ letter: {}, retention: {} });
    expect(readGemeenteSettings({ intakeScenario: 2 })).toEqual({ intakeScenario: 2, letter: {}, retention: {} });
  });

  it('lays the gemeente’s own settings over the national settings of the year', () => {
    const own = readGemeenteSettings({ progressMeetingsDefault: 6, mapHourNorm: 70, letter: { department: 'X' } });
    const year = settingsForGemeente(defaultSettings, 2026, '0505', own);
    expect(year).toEqual({ ...settingsFor(defaultSettings, 2026, '0505'), progressMeetingsDefault: 6, mapHourNorm: 70 });
    expect('letter' in year).toBe(false);
    expect(settingsForGemeente(defaultSettings, 2026, '0505', { letter: {}, retention: {} })).toEqual(settingsFor(defaultSettings, 2026));
  });
});

describe('retention periods (art. 9.9 Besluit inburgering 2021)', () => {
  it('defaults: case file 5 years, core data 50, processing log 5', () => {
    expect(retentionOf(readGemeenteSettings({}))).toEqual({ caseFileYears: 5, coreDataYears: 50, processingLogYears: 5 });
    expect(retentionOf(readGemeenteSettings({ retention: { caseFileYears: 2 } }))).toEqual({ caseFileYears: 2, coreDataYears: 50, processingLogYears: 5 });
  });

  it('refuses periods beyond the law, or core data kept shorter than the file, naming the field', () => {
    const issues = (input: unknown) => {
      const r = parseGemeenteSettings(input);
      return r.ok ? [] : r.issues;
    };
    expect(issues({ retention: { caseFileYears: 6 } })).toEqual([{ field: 'retention.caseFileYears', message: 'Bewaartermijn dossier: hoogstens 5 jaar' }]);
    expect(issues({ retention: { coreDataYears: 51 } })).toEqual([{ field: 'retention.coreDataYears', message: 'Bewaartermijn kerngegevens: hoogstens 50 jaar' }]);
    expect(issues({ retention: { processingLogYears: 0 } })).toEqual([{ field: 'retention.processingLogYears', message: 'Bewaartermijn logboek dataverwerkingen: minstens 1 jaar' }]);
    expect(issues({ retention: { caseFileYears: 1.5 } })[0]?.message).toBe('Bewaartermijn dossier: moet een geheel aantal jaren zijn');
    expect(issues({ retention: { caseFileYears: 5, coreDataYears: 3 } })).toEqual([
      { field: 'retention.coreDataYears', message: 'Bewaartermijn kerngegevens: mag niet korter zijn dan de bewaartermijn van het dossier' },
    ]);
    expect(issues({ retention: { bewaar: 3 } })[0]?.field).toBe('retention');
  });

  it('a broken stored period falls back to its default, field by field', () => {
    expect(readGemeenteSettings({ retention: { caseFileYears: 'vijf', coreDataYears: 20 } }).retention).toEqual({ coreDataYears: 20 });
  });
});
