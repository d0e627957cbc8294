import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { duoOperations } from '../src/operations.ts';
import { duoApiNames, DuoSpecError, loadDuoSpecs, resolveSpecDir } from '../src/spec.ts';
import { DuoValidator, enumDescriptions, toJsonSchema } from '../src/validator.ts';

describe('spec loading', () => {
  it('uses the specs that ship with Koers', () => {
    const dir = resolveSpecDir({});
    expect(dir.endsWith(path.join('packages', 'duo', 'duo-m2m', 'API'))).toBe(true);
  });

  it('honours KOERS_DUO_SPEC_DIR', () => {
    expect(resolveSpecDir({ KOERS_DUO_SPEC_DIR: '/elders/api' })).toBe('/elders/api');
  });

  it('loads and dereferences every openapi.yml', async () => {
    const specs = await loadDuoSpecs();
    expect([...specs.apis.keys()].sort()).toEqual([...duoApiNames].sort());
    const pip = specs.operation('PIP', 'postPipByBsn');
    expect(pip.method).toBe('post');
    expect(pip.path).toBe('/personen/{bsn}/PIP');
    expect(pip.parameters.map((p) => p.name).sort()).toEqual(['berichtId', 'bron', 'bsn', 'doel']);
    // $refs are resolved: the body schema is the PIP object itself.
    expect(JSON.stringify(pip.requestBody?.schema)).not.toContain('$ref');
    expect((pip.requestBody?.schema['properties'] as Record<string, unknown>)['leerroute']).toMatchObject({ enum: ['B', 'O', 'Z'] });
    expect(pip.responses['403']?.bodySchema).toMatchObject({ type: 'array' });
  });

  it('fails with a clear error when the folder is missing', async () => {
    const missing = path.join(mkdtempSync(path.join(tmpdir(), 'duo-spec-')), 'bestaat-niet');
    await expect(loadDuoSpecs(missing)).rejects.toThrow(DuoSpecError);
    await expect(loadDuoSpecs(missing)).rejects.toThrow(/KOERS_DUO_SPEC_DIR/);
  });

  it('fails when API folders are missing', async () => {
    const empty = mkdtempSync(path.join(tmpdir(), 'duo-spec-'));
    await expect(loadDuoSpecs(empty)).rejects.toThrow(/ontbreken de API-mappen/);
  });

  it('the client operation table matches the specs exactly (method, path, coverage)', async () => {
    const specs = await loadDuoSpecs();
    for (const [operationId, def] of Object.entries(duoOperations)) {
      const op = specs.operation(def.api, operationId);
      expect({ operationId, method: op.method, path: op.path }).toEqual({ operationId, method: def.method, path: def.path });
      expect(def.pattern).toBe(op.method === 'get' ? 'raadpleging' : 'melding');
    }
    const inSpecs = specs
      .allOperations()
      .filter((o) => o.api !== 'Notificatie')
      .map((o) => o.operationId)
      .sort();
    expect(Object.keys(duoOperations).sort()).toEqual(inSpecs);
  });
});

describe('OpenAPI 3.0 → JSON Schema', () => {
  it('turns nullable into a null type and drops OpenAPI-only keywords', () => {
    expect(toJsonSchema({ type: 'string', nullable: true, example: 'x', 'x-enum-varnames': ['A'], enum: ['a'] })).toEqual({ type: ['string', 'null'], enum: ['a', null] });
  });

  it('can close objects (strict properties) without touching open ones that say otherwise', () => {
    expect(toJsonSchema({ type: 'object', properties: { a: { type: 'string' } } }, true)).toMatchObject({ additionalProperties: false });
    expect(toJsonSchema({ type: 'object', properties: {}, additionalProperties: true }, true)).toMatchObject({ additionalProperties: true });
  });

  it('validates nullable values with ajv', async () => {
    const v = await DuoValidator.load();
    // No DUO schema uses nullable today; check the conversion with the validator's own Ajv setup.
    const schema = { type: 'object', properties: { d: { type: 'string', format: 'date', nullable: true }, e: { type: 'string' } } };
    expect(v.validateAgainst(schema, { d: null })).toEqual([]);
    expect(v.validateAgainst(schema, { d: '2026-01-01' })).toEqual([]);
    expect(v.validateAgainst(schema, { d: '01-01-2026' }).map((i) => i.text)).toEqual(['body /d: must match format "date"']);
    expect(v.validateAgainst(schema, { e: null }).map((i) => i.text)).toEqual(['body /e: must be string']);
  });

  it('reads x-enum-varnames descriptions (README "Enumeratie omschrijving")', async () => {
    const specs = await loadDuoSpecs();
    const schema = specs.api('PIP').schemas['AlfabetiseringsonderwijsDescription'];
    expect(schema).toBeDefined();
    expect(enumDescriptions(schema ?? {})).toEqual({ A: 'Onderwijs voor analfabeet', AA: 'Onderwijs voor anders-analfabeet', NVT: 'Niet van toepassing' });
  });
});

describe('getDuoSpecs', () => {
  it('memoises per folder and does not cache a failure', async () => {
    const { getDuoSpecs } = await import('../src/spec.ts');
    const a = getDuoSpecs();
    expect(getDuoSpecs()).toBe(a);
    const missing = path.join(tmpdir(), 'duo-spec-bestaat-niet-' + String(process.pid));
    const first = getDuoSpecs(missing);
    await expect(first).rejects.toThrow(DuoSpecError);
    const second = getDuoSpecs(missing);
    expect(second).not.toBe(first);
    await expect(second).rejects.toThrow(DuoSpecError);
  });
});
