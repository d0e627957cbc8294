import { describe, expect, it } from 'vitest';
import { DuoValidator } from '../src/validator.ts';

const headers = { bron: '00000001001234567000', doel: '00000001999999999000', berichtId: '0b6c5a1e-3f0e-4c1b-9a57-5d1e0a6f3c21' };

describe('DuoValidator', () => {
  it('accepts a valid PIP melding', async () => {
    const v = await DuoValidator.load();
    expect(v.validateRequest({ api: 'PIP', operationId: 'postPipByBsn' }, { path: '/v1/personen/123456782/PIP', headers, body: { dagtekeningPip: '2026-02-01', leerroute: 'B' } }, { strictProperties: true })).toEqual([]);
  });

  it('reports readable errors for params, headers and body', async () => {
    const v = await DuoValidator.load();
    const issues = v.validateRequest(
      { api: 'PIP', operationId: 'postPipByBsn' },
      { path: '/v1/personen/12345/PIP', headers: { ...headers, bron: 'kort', berichtId: 'geen-uuid' }, body: { dagtekeningPip: '2026-02-30', leerroute: 'X', extra: 1 } },
      { strictProperties: true },
    );
    const texts = issues.map((i) => i.text);
    expect(texts).toContain('path bsn: must NOT have fewer than 9 characters');
    expect(texts).toContain('header bron: must NOT have fewer than 20 characters');
    expect(texts).toContain('header berichtId: must match format "uuid"');
    expect(texts).toContain('body /dagtekeningPip: must match format "date"');
    expect(texts.some((t) => t.startsWith('body /leerroute: must be equal to one of the allowed values'))).toBe(true);
    expect(texts).toContain("body: must NOT have additional properties: 'extra'");
  });

  it('reports missing required headers and body', async () => {
    const v = await DuoValidator.load();
    const texts = v.validateRequest({ api: 'PIP', operationId: 'postPipByBsn' }, { path: '/personen/123456782/PIP', headers: {} }).map((i) => i.text);
    expect(texts).toEqual(expect.arrayContaining(['header bron: verplichte header-parameter ontbreekt', 'header doel: verplichte header-parameter ontbreekt', 'header berichtId: verplichte header-parameter ontbreekt', 'body: verplichte body ontbreekt']));
  });

  it('coerces integer path parameters and finds operations by method and path', async () => {
    const v = await DuoValidator.load();
    expect(v.match('PUT', '/v1/contactpersonen/12')?.operation.operationId).toBe('updateContactpersoonById');
    expect(v.match('DELETE', '/v1/contactpersonen/12/personen/123456782')?.pathParams).toEqual({ id: '12', bsn: '123456782' });
    const ok = v.validateRequest({ method: 'PUT', path: '/v1/contactpersonen/12' }, { path: '/v1/contactpersonen/12', headers, body: { naam: 'J. de Vries', email: 'j@example.nl', telefoonnummer: '0201234567' } });
    expect(ok).toEqual([]);
    const bad = v.validateRequest({ method: 'PUT', path: '/v1/contactpersonen/0' }, { path: '/v1/contactpersonen/0', headers, body: { naam: 'J', email: 'j@example.nl', telefoonnummer: '0201234567' } });
    expect(bad.map((i) => i.text)).toEqual(['path id: must be >= 1']);
  });

  it('validates responses: status, API-Version header and body', async () => {
    const v = await DuoValidator.load();
    const ref = { api: 'Leerbaarheidstoets', operationId: 'getLbtResultatenByBsn' } as const;
    expect(v.validateResponse(ref, { status: 200, headers: { 'api-version': '1.2.0' }, body: [{ resultaat: 'Onbekend', behaaldeScore: '12,50', benodigdeScore: '10,00', datumAfname: '2026-01-01' }] })).toEqual([]);
    expect(v.validateResponse(ref, { status: 200, headers: { 'api-version': '1.2.0' }, body: [{ resultaat: 'Onbekend', behaaldeScore: '12.5', benodigdeScore: '10,00', datumAfname: '2026-01-01' }] }).map((i) => i.text)).toEqual([
      'body /0/behaaldeScore: must match pattern "^(\\d{1,3}\\,\\d{2})$"',
    ]);
    expect(v.validateResponse(ref, { status: 200, headers: {}, body: [] }).map((i) => i.text)).toEqual(['header API-Version: verplichte response-header ontbreekt']);
    expect(v.validateResponse(ref, { status: 200, headers: { 'api-version': 'v1' }, body: [] })[0]?.text).toMatch(/^header API-Version: must match pattern/);
    expect(v.validateResponse(ref, { status: 418, body: undefined })[0]?.text).toMatch(/status 418 is niet gespecificeerd/);
    expect(v.validateResponse({ api: 'PIP', operationId: 'postPipByBsn' }, { status: 201, body: { onverwacht: true } })[0]?.text).toMatch(/definieert geen body/);
    expect(v.validateResponse({ api: 'PIP', operationId: 'postPipByBsn' }, { status: 403, body: [{ fouttekst: 'x'.repeat(201) }] })[0]?.text).toMatch(/must NOT have more than 200 characters/);
  });

  it('handles DUO patterns that are invalid under the unicode flag and unicode property escapes', async () => {
    const v = await DuoValidator.load();
    expect(v.validateSchema('Contactpersoon', 'Contactpersoongegevens', { naam: "Anne-Marie d'Éclair", email: 'a@example.nl', telefoonnummer: '+31 20 123 4567' })).toEqual([]);
  });
});
