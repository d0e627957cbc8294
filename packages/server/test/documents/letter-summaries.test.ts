// Translated summaries of letters (issue 17, ADR 0164): every catalog has every key with the same
// facts as Dutch and English; every letter kind gets a summary page in the person's language
// (Arabic and Tigrinya here, read back with pdfjs-dist) after the unchanged Dutch letter; a Dutch
// person, a language without a catalog and a letter without a summary get the Dutch letter only.
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { portaalLanguages } from '@koers/domain';
import { renderLetterPdf } from '../../src/documents/letter-pdf.ts';
import { summaryCatalogs } from '../../src/documents/summaries/catalogs.ts';
import { runsOf } from '../../src/documents/summaries/summary-page.ts';
import { fillSummary, parseLetterSummary, placeholders, summaryKeys, type SummaryCatalog } from '../../src/documents/summaries/summary.ts';
import { flowing, pdfPages } from '../support/pdf-text.ts';
import { fixtures } from './letter-fixtures.ts';

const catalog = (language: keyof typeof summaryCatalogs): SummaryCatalog => {
  const c = summaryCatalogs[language];
  if (!c) throw new Error(`geen catalogus voor ${language}`);
  return c;
};

describe('the summary catalogs', () => {
  const nl = catalog('nl');
  const en = catalog('en');

  it('exist for every portal language', () => {
    expect(Object.keys(summaryCatalogs).sort()).toEqual([...portaalLanguages].sort());
  });

  it.each(portaalLanguages.map((l) => [l]))('%s has every key, sentence for sentence with the placeholders of Dutch and English', (language) => {
    const c = catalog(language);
    expect(Object.keys(c.entries).sort()).toEqual([...summaryKeys].sort());
    for (const key of summaryKeys) {
      expect(c.entries[key].length, key).toBe(nl.entries[key].length);
      c.entries[key].forEach((sentence, i) => {
        expect(placeholders(sentence), `${language} ${key} ${i}`).toEqual(placeholders(nl.entries[key][i] ?? ''));
        expect(placeholders(sentence), `${language} ${key} ${i}`).toEqual(placeholders(en.entries[key][i] ?? ''));
      });
    }
    expect(Object.keys(c.routes).sort()).toEqual(['B1', 'Onderwijs', 'Z']);
    expect(c.disclaimer.trim()).not.toBe('');
    expect(c.title.trim()).not.toBe('');
  });

  it('English carries the fixed line', () => {
    expect(en.disclaimer).toBe('This is a summary. The Dutch letter is the official decision.');
  });

  it('right-to-left text has no brackets (they would not be mirrored on the PDF page)', () => {
    for (const language of ['ar', 'fa'] as const) {
      const c = catalog(language);
      const all = [c.title, c.disclaimer, ...Object.values(c.routes), ...Object.values(c.entries).flat()].join('\n');
      expect(all, language).not.toMatch(/[()[\]]/);
    }
  });

  it('leaves out a sentence whose fact the letter does not have, and formats facts per language', () => {
    const filled = fillSummary('en', en, { key: 'handhaving-boete', facts: { amount: { euro: 34000 }, objectionWeeks: { count: 6 } } });
    expect(filled?.lines).toEqual([
      'The gemeente gives you a fine of €340.00.',
      'You get a separate letter about paying. You can ask for a payment plan.',
      'Do you disagree? You can object (bezwaar) within 6 weeks.',
    ]);
    const ar = fillSummary('ar', catalog('ar'), { key: 'handhaving-waarschuwing', facts: { respondDate: { date: '2027-03-15' } } });
    expect(ar?.lines.join(' ')).toContain('15 مارس 2027');
    expect(ar?.dir).toBe('rtl');
    expect(fillSummary('ar', undefined, { key: 'handhaving-waarschuwing', facts: {} })).toBeNull();
  });

  it('reads a stored summary back only when it has a known key and well-formed facts', () => {
    expect(parseLetterSummary({ key: 'pip-advies', facts: { route: { route: 'Z' } } })).toEqual({ key: 'pip-advies', facts: { route: { route: 'Z' } } });
    expect(parseLetterSummary({ key: 'onbekend', facts: {} })).toBeNull();
    expect(parseLetterSummary({ key: 'pip-advies', facts: { route: { route: 'X' } } })).toBeNull();
    expect(parseLetterSummary(null)).toBeNull();
  });

  it('sets Latin letters and digits inside Arabic and Tigrinya in the Latin font, left to right', () => {
    expect(runsOf('تفرض عليك غرامة 340.00 يورو.', 'ar', false)).toEqual([
      { text: 'تفرض عليك غرامة ', font: 'arabic', rtl: true },
      { text: '340.00', font: 'latin', rtl: false },
      { text: ' يورو.', font: 'arabic', rtl: true },
    ]);
    expect(runsOf('ብ10 ታሕሳስ', 'ti', true).map((r) => r.font)).toEqual(['ethiopic-bold', 'latin-bold', 'ethiopic-bold']);
  });
});

describe('the summary page of every letter kind', () => {
  it('covers every summary key', () => {
    expect(fixtures.map((f) => f.key).sort()).toEqual([...summaryKeys].sort());
  });

  it.each(fixtures.map((f) => [f.key, f]))('%s: Arabic and Tigrinya pages after the unchanged Dutch letter, facts filled in', async (key, fixture) => {
    expect(fixture.letter.summary?.key).toBe(key);
    const dutch = await pdfPages(await renderLetterPdf(fixture.letter));
    const dutchOnly = await pdfPages(await renderLetterPdf(fixture.letter, 'nl'));
    expect(dutchOnly).toEqual(dutch);
    for (const [language, heading, title] of [
      ['ar', 'Samenvatting in het Arabisch', 'العربية'],
      ['ti', 'Samenvatting in het Tigrinya', 'ጽማቕ'],
    ] as const) {
      const pages = await pdfPages(await renderLetterPdf(fixture.letter, language));
      expect(pages.slice(0, dutch.length), language).toEqual(dutch);
      expect(pages, language).toHaveLength(dutch.length + 1);
      const summaryPage = flowing(pages.at(-1) ?? '');
      expect(summaryPage).toContain(heading);
      expect(summaryPage).toContain(title);
      for (const digits of fixture.digits) expect(summaryPage, `${language} ${digits}`).toContain(digits);
      const filled = fillSummary(language, summaryCatalogs[language], fixture.letter.summary ?? { key, facts: {} });
      expect(filled?.lines.length, language).toBeGreaterThanOrEqual(3);
    }
  });

  it('Tigrinya shows the month in Tigrinya, Ukrainian in Cyrillic, Turkish with its own letters', async () => {
    const boete = fixtures.find((f) => f.key === 'handhaving-boete')?.letter;
    if (!boete) throw new Error('fixture');
    const last = async (language: 'ti' | 'uk' | 'tr') => flowing((await pdfPages(await renderLetterPdf(boete, language))).at(-1) ?? '');
    expect(await last('ti')).toContain('ጉንበት 31, 2027');
    expect(await last('uk')).toContain('Муніципалітет накладає на вас штраф 340,00');
    expect(await last('tr')).toContain('Belediye size €340,00 para cezası veriyor.');
  });

  it('marks the translated text with its language (marked content with /Lang)', async () => {
    const pdf = await renderLetterPdf(fixtures[0]?.letter ?? { gemeenteName: '', recipient: { name: '' }, dateText: '', subject: '', salutation: '', blocks: [], closing: '', signatory: '' }, 'ti');
    const raw = pdf.toString('latin1');
    const marks: string[] = [];
    for (const m of raw.matchAll(/stream\r?\n/g)) {
      const start = m.index + m[0].length;
      let content: string;
      try {
        content = inflateSync(pdf.subarray(start, raw.indexOf('endstream', start))).toString('latin1');
      } catch {
        continue; // not a compressed content stream
      }
      marks.push(...(content.match(/\/Span <<\s*\/Lang \((\w+)\)\s*>> BDC/g) ?? []));
    }
    expect(marks.map((m) => /\((\w+)\)/.exec(m)?.[1])).toEqual(['ti']);
  });

  it('a letter without a summary, or a person without a language, gets the Dutch letter only', async () => {
    const { summary: _unused, ...withoutSummary } = fixtures[0]?.letter ?? { summary: undefined };
    expect(_unused).toBeDefined();
    const plain = await pdfPages(await renderLetterPdf(withoutSummary as Parameters<typeof renderLetterPdf>[0], 'ar'));
    expect(plain.join('\n')).not.toContain('Samenvatting');
    const none = await pdfPages(await renderLetterPdf(fixtures[0]?.letter ?? withoutSummary as Parameters<typeof renderLetterPdf>[0], null));
    expect(none.join('\n')).not.toContain('Samenvatting');
  });
});
