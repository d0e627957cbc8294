// Plain unit tests (no browser): the two catalogs match, and navigation follows permissions.
import { describe, expect, it } from 'vitest';
import { permissionMatrix, roles } from '@koers/domain';
import en from '../src/i18n/en.json' with { type: 'json' };
import nl from '../src/i18n/nl.json' with { type: 'json' };
import { areasEn, areasNl } from '../src/i18n/areas.ts';
import { navFor, navItems } from '../src/nav/navConfig.ts';

type Catalog = { [key: string]: string | Catalog };

function flatten(catalog: Catalog, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(catalog)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

describe('i18n catalogs', () => {
  // The shell catalog plus the per-area catalogs of the case screens, merged as in i18n/index.ts.
  const nlKeys = flatten({ ...nl, ...areasNl });
  const enKeys = flatten({ ...en, ...areasEn });

  it('nl and en have exactly the same keys', () => {
    expect([...enKeys.keys()].sort()).toEqual([...nlKeys.keys()].sort());
  });

  it('no text is empty and both languages use the same {{placeholders}}', () => {
    for (const [key, text] of nlKeys) {
      expect(text.trim(), `nl ${key}`).not.toBe('');
      expect(enKeys.get(key)?.trim(), `en ${key}`).not.toBe('');
      expect(placeholders(enKeys.get(key) ?? ''), `placeholders of ${key}`).toEqual(placeholders(text));
    }
  });

  it('every role, permission and nav item has a text in both languages', () => {
    for (const catalog of [nlKeys, enKeys]) {
      for (const role of roles) expect(catalog.has(`roles.${role}`), role).toBe(true);
      for (const permission of Object.values(permissionMatrix).flat()) {
        expect(catalog.has(`permissions.${permission}`), permission).toBe(true);
      }
      for (const item of navItems) {
        expect(catalog.has(`nav.${item.id}`), item.id).toBe(true);
        expect(catalog.has(`navDescription.${item.id}`), item.id).toBe(true);
      }
    }
  });
});

describe('navigation by permission', () => {
  const expected: Record<(typeof roles)[number], string[]> = {
    beheerder: ['overview', 'duo', 'socialeKaart', 'participatie', 'reports', 'privacy', 'admin', 'account'],
    teamleider: ['overview', 'workqueue', 'cases', 'duo', 'pvt', 'socialeKaart', 'participatie', 'reports', 'account'],
    trajectregisseur: ['overview', 'workqueue', 'cases', 'duo', 'pvt', 'socialeKaart', 'participatie', 'account'],
    'financieel-medewerker': ['overview', 'cases', 'duo', 'pvt', 'socialeKaart', 'participatie', 'finance', 'reports', 'account'],
    beleidsadviseur: ['overview', 'reports', 'account'],
    'partner-begeleiding': ['overview', 'cases', 'begeleiding', 'account'],
    'partner-aanbieder': ['overview', 'cases', 'aanbieder', 'account'],
    'partner-budgetbeheer': ['overview', 'budgetbeheer', 'account'],
    hostingbeheerder: ['overview', 'hosting', 'account'],
    'functionaris-gegevensbescherming': ['overview', 'privacy', 'account'],
  };

  for (const role of roles) {
    it(`${role} sees ${expected[role].join(', ')}`, () => {
      expect(navFor(permissionMatrix[role]).map((i) => i.id)).toEqual(expected[role]);
    });
  }

  it('without permissions only the overview and the account remain', () => {
    expect(navFor([]).map((i) => i.id)).toEqual(['overview', 'account']);
  });

  it('paths are unique', () => {
    expect(new Set(navItems.map((i) => i.path)).size).toBe(navItems.length);
  });
});
