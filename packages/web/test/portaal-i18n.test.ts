// The inburgeraar portal's languages (issue 17): every key in every catalog, every code with a
// label, Dutch (marked lang="nl") where a text is missing, and right-to-left for Arabic and Farsi.
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import {
  a2States,
  agreementParties,
  agreementTopics,
  appointmentKinds,
  appointmentResponses,
  appointmentStatuses,
  extensionGrounds,
  fixedCostKinds,
  inzageActions,
  inzageActorRoles,
  learningRoutes,
  processingActivities,
  recommendations,
  reliefExecutors,
  routeChangeStates,
  sentLetterKinds,
  skills,
  portaalDocumentRequestStates,
  portaalDocumentReviews,
} from '@koers/domain';
import { portaalLoginErrors } from '../src/portaal/api/types.ts';
import { glossaryTerms } from '../src/portaal/components/glossary.ts';
import { loadCatalog } from '../src/portaal/i18n/catalogs.ts';
import { applyDocumentLanguage } from '../src/portaal/i18n/document-language.ts';
import { Fallback, makeI18n } from '../src/portaal/i18n/I18n.tsx';
import { chooseLanguage, directionOf, languageNames, normaliseLanguage, portaalLanguages } from '../src/portaal/i18n/languages.ts';
import { catalogKeys, lookup, translate, type Catalog } from '../src/portaal/i18n/translate.ts';
import nl from '../src/portaal/i18n/nl.json' with { type: 'json' };
import { portaalPages } from '../src/portaal/router.tsx';

const catalogs = Object.fromEntries(
  await Promise.all(portaalLanguages.map(async (lang) => [lang, await loadCatalog(lang)] as const)),
) as Record<(typeof portaalLanguages)[number], Catalog>;
const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

describe('portal catalogs', () => {
  const dutchKeys = catalogKeys(nl).sort();

  it('there is one catalog file per language, and no other', () => {
    const dir = fileURLToPath(new URL('../src/portaal/i18n/', import.meta.url));
    const files = readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .map((f) => f.replace(/\.json$/, ''))
      .sort();
    expect(files).toEqual([...portaalLanguages].sort());
  });

  it.each(portaalLanguages)('%s has every key of the Dutch catalog, and no other', (lang) => {
    const keys = catalogKeys(catalogs[lang]).sort();
    expect(
      dutchKeys.filter((k) => !keys.includes(k)),
      `missing in ${lang}`,
    ).toEqual([]);
    expect(
      keys.filter((k) => !dutchKeys.includes(k)),
      `unknown in ${lang}`,
    ).toEqual([]);
  });

  it.each(portaalLanguages)('%s: no empty text, the same {{placeholders}} as Dutch', (lang) => {
    for (const key of dutchKeys) {
      const text = lookup(catalogs[lang], key);
      expect(text, `${lang} ${key}`).toBeDefined();
      expect(placeholders(text ?? ''), `${lang} ${key}`).toEqual(placeholders(lookup(nl, key) ?? ''));
    }
  });

  it('every code the portal shows has a label (roles, purposes, kinds, statuses), every page and glossary term a text', () => {
    // The code lists come from @koers/domain, as in the API contract (the server's portaal.view.ts).
    const required = [
      ...inzageActorRoles.map((r) => `roles.${r}`),
      ...Object.keys(processingActivities).map((p) => `inzage.purpose.${p}`),
      ...inzageActions.map((a) => `inzage.action.${a}`),
      ...appointmentKinds.map((k) => `afspraken.kind.${k}`),
      ...appointmentStatuses.map((s) => `afspraken.statusLabel.${s}`),
      ...appointmentResponses.map((r) => `afspraken.response.${r}`),
      ...sentLetterKinds.map((k) => `brieven.kind.${k}`),
      ...agreementParties.map((p) => `plan.party.${p}`),
      ...agreementTopics.map((p) => `plan.topic.${p}`),
      ...learningRoutes.map((r) => `plan.route.${r}`),
      ...skills.map((s) => `voortgang.skill.${s}`),
      ...['stijgend', 'gelijk', 'dalend', 'eerste'].map((s) => `voortgang.trend.${s}`),
      ...recommendations.map((r) => `voortgang.recommendation.${r}`),
      ...routeChangeStates.map((s) => `termijnen.switch.${s}`),
      ...a2States.map((s) => `termijnen.a2.${s}`),
      ...extensionGrounds.map((g) => `termijnen.extension.${g}`),
      'termijnen.duty.voldaan',
      'termijnen.duty.geen-plicht',
      ...fixedCostKinds.map((k) => `ontzorgen.kind.${k}`),
      ...reliefExecutors.map((e) => `ontzorgen.executor.${e}`),
      ...portaalDocumentRequestStates.map((s) => `documenten.state.${s}`),
      ...portaalDocumentReviews.map((r) => `documenten.review.${r}`),
      // The errors of the upload the portal explains (ADR 0163).
      'documenten.closed',
      'documenten.done',
      ...portaalLoginErrors.map((e) => `login.fout.${e}`),
      ...portaalPages.flatMap((p) => [`pages.${p}.title`, `pages.${p}.hint`]),
      ...glossaryTerms.flatMap((t) => [`glossary.${t}.term`, `glossary.${t}.explain`]),
    ];
    for (const key of required) expect(lookup(nl, key), key).toBeDefined();
  });

  it('every language is named in itself, and the names differ', () => {
    expect(new Set(Object.values(languageNames)).size).toBe(portaalLanguages.length);
    expect(languageNames.ar).toBe('العربية');
    expect(languageNames.ti).toBe('ትግርኛ');
    expect(languageNames.uk).toBe('Українська');
  });
});

describe('fallback to Dutch', () => {
  const partial: Catalog = { nav: { logout: 'تسجيل الخروج' } };

  it('a translated key is in the chosen language; a missing one is the Dutch text, said to be Dutch', () => {
    expect(translate('ar', partial, nl, 'nav.logout')).toEqual({ text: 'تسجيل الخروج', lang: 'ar', fellBack: false });
    expect(translate('ar', partial, nl, 'nav.skip')).toEqual({ text: 'Naar de inhoud', lang: 'nl', fellBack: true });
    expect(translate('nl', undefined, nl, 'nav.skip')).toEqual({ text: 'Naar de inhoud', lang: 'nl', fellBack: false });
  });

  it('an empty translation counts as missing; placeholders are filled in either way', () => {
    expect(translate('tr', { home: { title: ' ' } }, nl, 'home.title', { name: 'Amal' })).toEqual({
      text: 'Welkom, Amal',
      lang: 'nl',
      fellBack: true,
    });
  });

  it('on screen the Dutch fallback is wrapped in an element with lang="nl"; a translation is plain text', () => {
    const i18n = makeI18n('ar', partial);
    expect(renderToStaticMarkup(createElement('p', null, i18n.t('nav.skip')))).toBe('<p><span lang="nl">Naar de inhoud</span></p>');
    expect(renderToStaticMarkup(createElement('p', null, i18n.t('nav.logout')))).toBe('<p>تسجيل الخروج</p>');
    const dutch = makeI18n('nl', undefined);
    expect(renderToStaticMarkup(createElement('p', null, dutch.t('nav.skip')))).toBe('<p>Naar de inhoud</p>');
    expect(renderToStaticMarkup(createElement(Fallback, { translation: { text: 'x', lang: 'nl', fellBack: true } }))).toBe(
      '<span lang="nl">x</span>',
    );
  });
});

describe('direction and language choice', () => {
  it('Arabic and Farsi are right to left, the others left to right', () => {
    expect(portaalLanguages.filter((l) => directionOf(l) === 'rtl')).toEqual(['ar', 'fa']);
  });

  it('<html lang dir> follows the language, also back from right to left', () => {
    const root = { lang: 'nl', dir: 'ltr' };
    applyDocumentLanguage(root, 'ar');
    expect(root).toEqual({ lang: 'ar', dir: 'rtl' });
    applyDocumentLanguage(root, 'fa');
    expect(root).toEqual({ lang: 'fa', dir: 'rtl' });
    applyDocumentLanguage(root, 'uk');
    expect(root).toEqual({ lang: 'uk', dir: 'ltr' });
  });

  it('the choice on this device first, then the preferredLanguage, then Dutch', () => {
    expect(chooseLanguage('tr', 'ar')).toBe('tr');
    expect(chooseLanguage(null, 'ar')).toBe('ar');
    expect(chooseLanguage(null, 'AR-sy')).toBe('ar');
    expect(chooseLanguage('xx', 'fa_IR')).toBe('fa');
    expect(chooseLanguage(null, 'de')).toBe('nl');
    expect(chooseLanguage(null, null)).toBe('nl');
    expect(normaliseLanguage('')).toBeNull();
  });
});
