// Dutch for people (ADR 0108): country names instead of codes, and counts that are grammatical.
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import en from '../src/i18n/en.json' with { type: 'json' };
import nl from '../src/i18n/nl.json' with { type: 'json' };
import { areasEn, areasNl } from '../src/i18n/areas.ts';
import { countryName } from '../src/format/countries.ts';

type Catalog = { [key: string]: string | Catalog };
const texts = (catalog: Catalog): string[] => Object.values(catalog).flatMap((v) => (typeof v === 'string' ? [v] : texts(v)));

describe('country names', () => {
  it('shows the Dutch (or English) name of an ISO 3166 code, never the code when a name exists', () => {
    expect(countryName('ER', 'nl')).toBe('Eritrea');
    expect(countryName('sy', 'nl')).toBe('Syrië');
    expect(countryName('AF', 'en')).toBe('Afghanistan');
    expect(countryName('XXA', 'nl')).toBe('staatloos');
    expect(countryName('QQ', 'nl')).toBe('QQ');
    expect(countryName(null, 'nl')).toBe('');
  });
});

describe('counts', () => {
  const i18n = i18next.createInstance();
  void i18n.init({ lng: 'nl', resources: { nl: { translation: { ...nl, ...areasNl } }, en: { translation: { ...en, ...areasEn } } }, interpolation: { escapeValue: false } });

  it('one and more have their own form', () => {
    expect(i18n.t('pip.validation.notOk', { count: 1 })).toBe('Nog niet klaar om vast te stellen (1 punt)');
    expect(i18n.t('pip.validation.notOk', { count: 2 })).toBe('Nog niet klaar om vast te stellen (2 punten)');
    expect(i18n.t('duo.events.attempts', { count: 1 })).toBe('1 poging');
    expect(i18n.t('werkvoorraad.caption', { count: 1, overdue: 0 })).toBe('Werkvoorraad: 1 item, waarvan 0 te laat');
    const attention = (stops: number, failing: number) =>
      i18n.t('duo.status.attention', { stops: i18n.t('duo.status.attentionStops', { count: stops }), failing: i18n.t('duo.status.attentionFailing', { count: failing }) });
    expect(attention(1, 2)).toBe('De DUO-koppeling vraagt aandacht: 1 gestopte koppeling, 2 meldingen van DUO die niet verwerkt konden worden.');
  });

  it('no text hedges a plural with "(en)" or "(s)"', () => {
    for (const text of [...texts({ ...nl, ...areasNl }), ...texts({ ...en, ...areasEn })]) expect(text).not.toMatch(/\w\((en|s)\)/);
  });
});
