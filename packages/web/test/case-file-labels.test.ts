// The case file speaks the user's Dutch (issue 12): history fields and values, document kinds, and
// the personal-data form sends only what changed.
import { describe, expect, it } from 'vitest';
import i18next from 'i18next';
import nl from '../src/i18n/nl.json' with { type: 'json' };
import { areasNl } from '../src/i18n/areas.ts';
import { documentKindLabel, historyFieldLabel, historyValue } from '../src/pages/case/historyLabels.ts';
import { changedFields } from '../src/pages/case/PersonalDataForm.tsx';
import type { CaseDetail } from '../src/api/cases.ts';

const i18n = i18next.createInstance();
await i18n.init({ lng: 'nl', resources: { nl: { translation: { ...nl, ...areasNl } } }, interpolation: { escapeValue: false } });
const t = i18n.t.bind(i18n);

describe('history in words', () => {
  it('names fields by their label, never by their code name', () => {
    expect(historyFieldLabel('caseManagerId', t)).toBe('Trajectregisseur');
    expect(historyFieldLabel('obliged', t)).toBe('Inburgeringsplichtig');
    expect(historyFieldLabel('dutyStartOn', t)).toBe('Datum ontstaan plicht');
    expect(historyFieldLabel('someInternalColumn', t)).toBe('Ander gegeven');
  });

  it('shows values as the screen does: no ids, yes/no, dates, labels of codes', () => {
    expect(historyValue('caseManagerId', '5b528c4d-0000-4000-8000-000000000000', t, 'nl')).toBe('(gewijzigd)');
    expect(historyValue('obliged', true, t, 'nl')).toBe('Ja');
    expect(historyValue('birthDate', '1994-03-12', t, 'nl')).toBe('12 maart 1994');
    expect(historyValue('termEndExclusive', '2029-12-06', t, 'nl')).toBe('5 december 2029');
    expect(historyValue('permit', 'asiel', t, 'nl')).toBe('Asiel');
    expect(historyValue('status', 'pip-vastgesteld', t, 'nl')).toBe('PIP vastgesteld');
    expect(historyValue('phone', null, t, 'nl')).toBe('—');
    expect(historyValue('changes', { a: 1 }, t, 'nl')).toBe('(gewijzigd)');
  });

  it('labels every document kind Koers stores', () => {
    expect(documentKindLabel('pip-beschikking', t)).toBe('PIP (beschikking)');
    expect(documentKindLabel('waarschuwing', t)).toBe('Schriftelijke waarschuwing');
    expect(documentKindLabel('iets-nieuws', t)).toBe('Document');
  });
});

describe('editing personal data', () => {
  const c = {
    id: 'c',
    givenNames: 'Amanuel',
    familyName: 'Tesfay',
    birthDate: '1994-03-12',
    nationality: 'ER',
    permit: 'asiel',
    permitPurpose: null,
    bsn: '999990019',
    vNumber: null,
    linkedOn: null,
    dutyStartOn: null,
    duoNoticeOn: null,
    registeredOn: '2026-11-01',
    movedInOn: null,
    housedOn: null,
    coaLocation: null,
    phone: null,
    email: null,
    address: null,
    preferredLanguage: 'Tigrinya',
    interpreterNeeded: false,
  } as unknown as CaseDetail;
  const values = {
    givenNames: 'Amanuel',
    familyName: 'Tesfay',
    birthDate: '1994-03-12',
    nationality: 'er',
    bsn: '999990019',
    vNumber: '',
    linkedOn: '',
    dutyStartOn: '2026-10-01',
    duoNoticeOn: '',
    registeredOn: '',
    movedInOn: '',
    housedOn: '',
    coaLocation: '',
    phone: ' ',
    email: '',
    address: '',
    preferredLanguage: 'Tigrinya',
  };

  it('sends only what changed; a cleared field becomes null; case of the land code does not count', () => {
    expect(changedFields(c, values, { permit: 'asiel', permitPurpose: '', interpreterNeeded: true })).toEqual({
      dutyStartOn: '2026-10-01',
      registeredOn: null,
      interpreterNeeded: true,
    });
  });

  it('nothing changed → an empty patch', () => {
    expect(changedFields(c, { ...values, dutyStartOn: '', registeredOn: '2026-11-01' }, { permit: 'asiel', permitPurpose: '', interpreterNeeded: false })).toEqual({});
  });

  it('a purpose only with a regular permit', () => {
    expect(changedFields(c, { ...values, dutyStartOn: '', registeredOn: '2026-11-01' }, { permit: 'regulier', permitPurpose: 'temporary', interpreterNeeded: false })).toEqual({
      permit: 'regulier',
      permitPurpose: 'temporary',
    });
  });
});

describe('dates in Dutch time', () => {
  it('a moment late in the evening (UTC) is the next day in the Netherlands', async () => {
    const { formatDate } = await import('../src/format/dates.ts');
    expect(formatDate('2026-12-05T23:30:00.000Z', 'nl')).toBe('6 december 2026');
    expect(formatDate('2026-07-01T21:59:00Z', 'nl')).toBe('1 juli 2026');
    expect(formatDate('2026-07-01T22:00:00Z', 'nl')).toBe('2 juli 2026');
    expect(formatDate('2026-12-05', 'nl')).toBe('5 december 2026');
  });
});
