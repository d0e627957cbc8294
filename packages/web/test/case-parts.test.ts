// The case-file part registry (routes, navigation, visibility, old #anchor addresses) and which
// cached parts each kind of change invalidates.
import { describe, expect, it } from 'vitest';
import { permissionMatrix } from '@koers/domain';
import { caseDataParts, caseKeys, changeAffects, partsAffectedBy, type CaseChange } from '../src/api/caseQueries.ts';
import { shouldRetry } from '../src/api/queryClient.ts';
import { ApiError } from '../src/api/client.ts';
import { caseParts, casePartUrl, findPart, partFromLegacyHash, visibleParts, type CasePartContext } from '../src/pages/case/caseParts.ts';
import nl from '../src/i18n/areas/case.nl.json' with { type: 'json' };

const regisseur: CasePartContext = { access: 'full', permissions: permissionMatrix.trajectregisseur, regime: 'Wi2021' };

describe('case-file parts', () => {
  it('has unique ids and paths, the overview at the case file itself, and Dutch path segments', () => {
    expect(new Set(caseParts.map((p) => p.id)).size).toBe(caseParts.length);
    expect(new Set(caseParts.map((p) => p.path)).size).toBe(caseParts.length);
    expect(caseParts[0]?.path).toBe('');
    expect(caseParts.map((p) => p.path)).toEqual(['', 'voorbereiding', 'intake', 'pip', 'traject', 'resultaten', 'pvtmap', 'voortgang', 'participatie', 'ondertussengroep', 'portaal', 'begeleiding', 'ontzorgen', 'duo', 'handhaving', 'afsluiten', 'contactjournaal', 'tijdlijn', 'documenten', 'geschiedenis']);
    for (const p of caseParts) expect(p.path).toMatch(/^[a-z]*$/);
  });

  it('every part has a label in the case catalog', () => {
    const file = nl.file as Record<string, unknown>;
    for (const p of caseParts) {
      const [area, group, key] = p.labelKey.split('.');
      expect([area, group], p.id).toEqual(['case', 'file']);
      expect(typeof file[key ?? ''], p.id).toBe('string');
    }
  });

  it('a partner sees the overview only; the history needs case:history', () => {
    const partner: CasePartContext = { access: 'assigned', permissions: permissionMatrix['partner-begeleiding'], regime: null };
    expect(visibleParts(partner).map((p) => p.id)).toEqual(['overzicht']);
    expect(visibleParts(regisseur).map((p) => p.id)).toContain('pip');
    const withoutHistory: CasePartContext = { ...regisseur, permissions: regisseur.permissions.filter((p) => p !== 'case:history') };
    expect(visibleParts(withoutHistory).map((p) => p.id)).not.toContain('geschiedenis');
    expect(visibleParts({ ...regisseur, permissions: [...regisseur.permissions, 'case:history'] }).map((p) => p.id)).toContain('geschiedenis');
  });

  it('a Wi2013 case has the light process instead of intake, PIP, traject and results (ADR 0109)', () => {
    const wi2013 = visibleParts({ ...regisseur, regime: 'Wi2013' }).map((p) => p.id);
    expect(wi2013).toContain('ondertussengroep');
    for (const id of ['intake', 'pip', 'traject', 'resultaten', 'voortgang']) expect(wi2013).not.toContain(id);
    const wi2021 = visibleParts(regisseur).map((p) => p.id);
    expect(wi2021).not.toContain('ondertussengroep');
    expect(wi2021).toEqual(expect.arrayContaining(['intake', 'pip', 'traject', 'resultaten', 'afsluiten', 'contactjournaal']));
  });

  it('builds part addresses', () => {
    expect(casePartUrl('abc', 'overzicht')).toBe('/dossiers/abc');
    expect(casePartUrl('abc', 'pip')).toBe('/dossiers/abc/pip');
    expect(casePartUrl('abc', 'tijdlijn')).toBe('/dossiers/abc/tijdlijn');
    expect(casePartUrl('abc', 'onbekend')).toBe('/dossiers/abc');
  });

  it('maps old anchors (#pip) to their part, and ignores other hashes', () => {
    expect(partFromLegacyHash('#pip')?.path).toBe('pip');
    expect(partFromLegacyHash('#duo')?.path).toBe('duo');
    expect(partFromLegacyHash('#overzicht')?.path).toBe('');
    expect(partFromLegacyHash('')).toBeNull();
    expect(partFromLegacyHash('#main-content')).toBeNull();
    expect(partFromLegacyHash('#%E0%A4%A')).toBeNull();
    expect(findPart('pip')?.id).toBe('pip');
  });
});

describe('case cache', () => {
  it('keys every part under the case', () => {
    expect(caseKeys.part('abc', 'pip')).toEqual(['case', 'abc', 'pip']);
    expect(caseKeys.file('abc', false)).toEqual(['case', 'abc', 'file', 'full']);
    expect(caseKeys.file('abc', true).slice(0, 3)).toEqual(caseKeys.part('abc', 'file'));
  });

  it('a toets result refreshes the PIP part and the overview; a PIP change the header; personal data the header', () => {
    expect(partsAffectedBy('toets')).toEqual(expect.arrayContaining(['intake', 'pip', 'file']));
    expect(partsAffectedBy('pip')).toEqual(expect.arrayContaining(['pip', 'file', 'documenten', 'duo']));
    expect(partsAffectedBy('personal-data')).toContain('file');
    expect(partsAffectedBy('assignments')).toEqual(expect.arrayContaining(['file', 'assignable-users']));
    // A placement registered or withdrawn changes the provider reports shown per placement.
    expect(partsAffectedBy('traject')).toContain('aanbieder-rapportages');
  });

  it('every change refreshes its timeline and history, and names only known parts', () => {
    for (const change of Object.keys(changeAffects) as CaseChange[]) {
      const parts = partsAffectedBy(change);
      expect(parts).toEqual(expect.arrayContaining(['tijdlijn', 'geschiedenis']));
      for (const part of parts) expect(caseDataParts).toContain(part);
    }
  });

  it('does not retry refusals; retries a network or server failure once', () => {
    expect(shouldRetry(0, new ApiError(404, 'NOT_FOUND', 'x'))).toBe(false);
    expect(shouldRetry(0, new ApiError(403, 'FORBIDDEN', 'x'))).toBe(false);
    expect(shouldRetry(0, new ApiError(503, 'UNAVAILABLE', 'x'))).toBe(true);
    expect(shouldRetry(0, new ApiError(0, 'NETWORK', 'x'))).toBe(true);
    expect(shouldRetry(1, new ApiError(503, 'UNAVAILABLE', 'x'))).toBe(false);
  });
});
