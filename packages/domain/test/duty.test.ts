import { describe, expect, it } from 'vitest';
import { determineDuty, dutyRegime, socialGuidanceStart, type DutyInput } from '../src/rules/duty.ts';
import { exemptionInfo, dispensationInfo, exemptionGrounds, dispensationGrounds } from '../src/rules/exemptions.ts';

const base: DutyInput = {
  birthDate: '1990-05-05',
  nationality: 'SY',
  permit: 'asiel',
  aowDate: '2057-08-05',
  onDate: '2024-05-01',
};

describe('determineDuty (A1–A4)', () => {
  it('asylum permit holder is obliged in the asiel group under Wi2021', () => {
    const r = determineDuty(base);
    expect(r.value).toEqual({ obliged: true, targetGroup: 'asiel', reason: null, regime: 'Wi2021' });
    expect(r.explanation.articles).toContain('art. 13 lid 1 Wet inburgering 2021');
    expect(r.explanation.summary).toMatch(/^Inburgeringsplichtig op 1 mei 2024 als asielstatushouder/);
  });

  it('family migrant is gezin-overig; nareiziger is asiel', () => {
    expect(determineDuty({ ...base, permit: 'regulier' }).value.targetGroup).toBe('gezin-overig');
    expect(determineDuty({ ...base, permit: 'regulier', joinsProtectedHolder: true }).value.targetGroup).toBe('asiel');
  });

  it('reports the first reason that applies', () => {
    expect(determineDuty({ ...base, nationality: 'de' }).value.reason).toBe('eu-national');
    expect(determineDuty({ ...base, euFamilyMember: true, birthDate: '2015-01-01' }).value.reason).toBe('eu-family');
    expect(determineDuty({ ...base, longTermResidentIntegrated: true }).value.reason).toBe('long-term-resident-integrated');
    expect(determineDuty({ ...base, treatyExemption: true }).value.reason).toBe('treaty-exemption');
    expect(determineDuty({ ...base, permit: 'regulier', purpose: 'temporary' }).value.reason).toBe('temporary-purpose');
    expect(determineDuty({ ...base, permit: 'asiel', purpose: 'temporary' }).value.obliged).toBe(true);
    expect(determineDuty({ ...base, birthDate: '2008-05-02' }).value.reason).toBe('under-16');
    expect(determineDuty({ ...base, aowDate: '2024-05-01' }).value.reason).toBe('aow-age');
  });

  it('decides the regime by the day the duty arose (art. 54 W)', () => {
    expect(dutyRegime('2021-12-31').value).toBe('Wi2013');
    expect(dutyRegime('2022-01-01').value).toBe('Wi2021');
    expect(determineDuty({ ...base, dutyArisenOn: '2021-06-01' }).value.regime).toBe('Wi2013');
    expect(determineDuty({ ...base, nationality: 'FR' }).value.regime).toBeNull();
  });
});

describe('exemptions (A5/A6)', () => {
  it('every ground has a label and articles', () => {
    for (const g of exemptionGrounds) expect(exemptionInfo(g).articles.length).toBeGreaterThan(0);
    for (const g of dispensationGrounds) expect(dispensationInfo(g).label).not.toBe('');
    expect(dispensationInfo('medical').mayBePartial).toBe(true);
  });
});

describe('maatschappelijke begeleiding (B1)', () => {
  it('starts on BRP registration, asielstatushouders only', () => {
    expect(socialGuidanceStart({ targetGroup: 'asiel', registeredOn: '2024-04-02' }).value).toBe('2024-04-02');
    expect(socialGuidanceStart({ targetGroup: 'asiel', registeredOn: null }).value).toBeNull();
    expect(socialGuidanceStart({ targetGroup: 'gezin-overig', registeredOn: '2024-04-02' }).value).toBeNull();
  });
});
