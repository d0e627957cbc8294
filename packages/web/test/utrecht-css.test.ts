// Only the Utrecht components we use are in the stylesheet (utrecht-css.ts, ADR 0151 addendum): the
// list must cover every component the app and the portal render, or that component loses its style.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { keepUtrechtComponents, UTRECHT_COMPONENTS, utrechtComponentOf } from '../utrecht-css.ts';

const web = fileURLToPath(new URL('..', import.meta.url));
const modules = fileURLToPath(new URL('../../../node_modules/@utrecht/', import.meta.url));
const keep = new Set(UTRECHT_COMPONENTS);

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)]));
}

const sources = [...filesUnder(join(web, 'src')), join(web, 'index.html'), join(web, 'portaal.html')].filter((f) => /\.(tsx?|html|css)$/.test(f));

/** Class names of the components we import from the React library, read from the library's code. */
function classesOfImportedComponents(): Set<string> {
  const imported = new Set<string>();
  for (const file of sources) {
    for (const m of readFileSync(file, 'utf8').matchAll(/import\s*(?:type\s*)?\{([^}]*)\}\s*from\s*'@utrecht\/component-library-react'/g)) {
      for (const name of (m[1] ?? '').split(',')) {
        const clean = name.trim().replace(/^type\s+/, '').split(/\s+as\s+/)[0];
        if (clean) imported.add(clean);
      }
    }
  }
  const library = readFileSync(join(modules, 'component-library-react/dist/index.mjs'), 'utf8');
  const reexported = new Map<string, string>();
  for (const m of library.matchAll(/export \{([^}]*)\} from '@utrecht\/([a-z0-9-]+)'/g)) {
    for (const n of (m[1] ?? '').split(',')) reexported.set(n.trim().split(/\s+as\s+/).pop() ?? '', m[2] ?? '');
  }
  const classes = new Set<string>();
  for (const name of imported) {
    const pkg = reexported.get(name);
    let code: string;
    if (pkg) code = readFileSync(join(modules, pkg, 'dist/index.mjs'), 'utf8');
    else {
      const start = library.search(new RegExp(`var ${name} = `));
      expect(start, `${name} in the component library`).toBeGreaterThanOrEqual(0);
      const rest = library.slice(start + 4);
      const end = rest.search(/\nvar [A-Z][A-Za-z0-9]* = /);
      code = rest.slice(0, end < 0 ? undefined : end);
    }
    for (const c of code.matchAll(/utrecht-[a-z0-9_-]+/g)) classes.add(c[0]);
  }
  return classes;
}

describe('the Utrecht components in the stylesheet', () => {
  it('include every component we import from the React library', () => {
    const missing = [...classesOfImportedComponents()].map(utrechtComponentOf).filter((c) => !keep.has(c));
    expect(missing).toEqual([]);
  });

  it('include every utrecht- class we write ourselves (design tokens, custom properties, excepted)', () => {
    const missing = new Set<string>();
    for (const file of sources) {
      const text = readFileSync(file, 'utf8')
        // Custom properties (`--utrecht-…`) and the theme class are tokens, not components.
        .replace(/--utrecht-[a-z0-9-]+/g, '')
        .replace(/\butrecht-theme\b/g, '');
      for (const m of text.matchAll(/\butrecht-[a-z0-9_-]+/g)) if (!keep.has(utrechtComponentOf(m[0]))) missing.add(`${m[0]} (${file.slice(web.length)})`);
    }
    expect([...missing]).toEqual([]);
  });

  it('keeps the rules of listed components, with their at-rules, and drops the rest', () => {
    const css = [
      '@charset "UTF-8";',
      '/* a comment */',
      '.utrecht-button { color: red; }',
      '.utrecht-accordion { color: blue; }',
      '.utrecht-rich-text .utrecht-button, .utrecht-accordion { margin: 0; }',
      '.utrecht-button--focus:not(.utrecht-button--disabled) { outline: 1px; }',
      '.utrecht-button-group:not(.utrecht-button-group--column) .utrecht-link-button { gap: 0; }',
      '.utrecht-textbox[pattern="[0-9]*"], .utrecht-textbox[type=tel i] { font: inherit; }',
      '@media (forced-colors: active) { .utrecht-button { border: 1px; } .utrecht-accordion { border: 2px; } }',
      '@media print { .utrecht-accordion { display: none; } }',
      '@keyframes utrecht-backdrop-fade-in { from { opacity: 0%; } to { opacity: 1; } }',
    ].join('\n');
    const out = keepUtrechtComponents(css, new Set(['button', 'textbox']));
    expect(out).toContain('@charset "UTF-8";');
    expect(out).not.toContain('comment');
    expect(out).toContain('.utrecht-button { color: red; }');
    expect(out).not.toContain('color: blue');
    expect(out).not.toContain('margin: 0');
    expect(out).toContain('outline: 1px');
    expect(out).not.toContain('gap: 0');
    expect(out).toContain('font: inherit');
    expect(out.replace(/\s+/g, ' ')).toContain('@media (forced-colors: active) { .utrecht-button { border: 1px; } }');
    expect(out).not.toContain('border: 2px');
    expect(out).not.toContain('@media print');
    expect(out).toContain('@keyframes utrecht-backdrop-fade-in');
  });

  it('keeps every rule when every component is listed (nothing lost by the parsing)', () => {
    const css = readFileSync(join(modules, 'component-library-css/dist/index.css'), 'utf8');
    const all = keepUtrechtComponents(css, { has: () => true });
    const blocks = (s: string) => (s.match(/\{/g) ?? []).length;
    expect(blocks(all)).toBe(blocks(css));
    const used = keepUtrechtComponents(css, keep);
    expect(used.length).toBeLessThan(css.length / 2);
  });
});
