// Only the Utrecht components we use, from the library's own stylesheet (ADR 0151, addendum).
import type { Plugin } from 'vite';

/**
 * The Utrecht components whose classes appear in our pages (`utrecht-<name>`, with its elements and
 * modifiers): what the components of `@utrecht/component-library-react` we import render, and the
 * classes we write ourselves. `test/utrecht-css.test.ts` checks that this covers both.
 */
export const UTRECHT_COMPONENTS: readonly string[] = [
  'alert',
  'button',
  'button-group',
  'button-link',
  'checkbox',
  'data-list',
  'document',
  'form-field',
  'form-field-description',
  'form-field-error-message',
  'form-fieldset',
  'form-label',
  'heading-1',
  'heading-2',
  'heading-3',
  'heading-4',
  'heading-5',
  'heading-6',
  'link',
  'nav-bar',
  'nav-list',
  'ordered-list',
  'page',
  'page-content',
  'page-footer',
  'page-header',
  'paragraph',
  'radio-button',
  'select',
  'skip-link',
  'status-badge',
  'table',
  'textarea',
  'textbox',
  'unordered-list',
];

/** `.utrecht-form-field__label--radio` → `form-field`. */
export function utrechtComponentOf(className: string): string {
  return className.replace(/^utrecht-/, '').replace(/(__|--).*$/, '');
}

/** The components a selector needs; what stands in `:not(…)` is left out (it matches without them). */
function componentsIn(selector: string): string[] {
  const positive = selector.replace(/:not\((?:[^()]|\([^()]*\))*\)/g, '');
  return [...positive.matchAll(/\.(utrecht-[A-Za-z0-9_-]+)/g)].map((m) => utrechtComponentOf(m[1] ?? ''));
}

/** Splits at commas outside parentheses and brackets. */
function selectorList(prelude: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < prelude.length; i++) {
    const c = prelude[i];
    if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    else if (c === ',' && depth === 0) {
      parts.push(prelude.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(prelude.slice(start));
  return parts;
}

/** Index of the `}` that closes the block opened at `open`. */
function closingBrace(css: string, open: number): number {
  let depth = 0;
  for (let i = open; i < css.length; i++) {
    if (css[i] === '{') depth++;
    else if (css[i] === '}' && --depth === 0) return i;
  }
  throw new Error('utrecht-css: unbalanced braces');
}

/** At-rules whose block holds rules (filtered in turn); any other block (@keyframes, @font-face) stays. */
const NESTING_AT_RULES = /^@(media|supports|layer|container)\b/;

/**
 * Keeps a rule when one of its selectors needs only components of `keep` (or none at all): the same
 * rules in the same order, without those of components no page renders. Comments go.
 */
export function keepUtrechtComponents(css: string, keep: Pick<ReadonlySet<string>, 'has'>): string {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const out: string[] = [];
  let at = 0;
  while (at < text.length) {
    const open = text.indexOf('{', at);
    if (open < 0) {
      out.push(text.slice(at));
      break;
    }
    // Statements before the block (e.g. `@charset "UTF-8";`) stay as they are.
    const head = text.slice(at, open);
    const lastStatement = head.lastIndexOf(';');
    if (lastStatement >= 0) out.push(head.slice(0, lastStatement + 1));
    const prelude = head.slice(lastStatement + 1).trim();
    const close = closingBrace(text, open);
    const body = text.slice(open + 1, close);
    if (NESTING_AT_RULES.test(prelude)) {
      const inner = keepUtrechtComponents(body, keep);
      if (inner.trim()) out.push(`\n${prelude} {${inner}}`);
    } else if (prelude.startsWith('@') || selectorList(prelude).some((s) => componentsIn(s).every((c) => keep.has(c)))) {
      out.push(`\n${prelude} {${body}}`);
    }
    at = close + 1;
  }
  return out.join('');
}

const LIBRARY_CSS = /@utrecht[\\/]component-library-css[\\/]dist[\\/]index\.css$/;

/**
 * The whole library stylesheet is 400 kB; a page's style recalculation grows with every rule, used
 * or not. This keeps the rules of UTRECHT_COMPONENTS (about 40 % of it).
 */
export function onlyUsedUtrechtCss(): Plugin {
  const keep = new Set(UTRECHT_COMPONENTS);
  return {
    name: 'koers-only-used-utrecht-css',
    enforce: 'pre',
    transform(code, id) {
      if (!LIBRARY_CSS.test(id.split('?')[0] ?? id)) return null;
      return { code: keepUtrechtComponents(code, keep), map: null };
    },
  };
}
