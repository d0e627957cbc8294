// A page in its own chunk renders at once when its chunk is in, and like React.lazy otherwise (ADR 0151, third step).
import { createElement, Suspense } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { preloadable } from '../src/components/preloadable.tsx';

const chunk = (text: string) => () => Promise.resolve({ Page: ({ who }: { who: string }) => `${text} ${who}` });

describe('preloadable', () => {
  it('renders the page itself, without suspending, once its chunk is in', async () => {
    const Page = preloadable(chunk('Werkvoorraad van'), (m) => m.Page);
    await Page.preload();
    // `<!--$-->`: a boundary rendered complete (a fallback is `<!--$!-->` with the fallback's text).
    expect(renderToString(createElement(Suspense, { fallback: 'Laden…' }, createElement(Page, { who: 'Anna' })))).toBe('<!--$-->Werkvoorraad van Anna<!--/$-->');
  });

  it('suspends like React.lazy while its chunk is not in', () => {
    const Page = preloadable(chunk('Werkvoorraad van'), (m) => m.Page);
    const html = renderToString(createElement(Suspense, { fallback: 'Laden…' }, createElement(Page, { who: 'Anna' })));
    // `<!--$!-->`: the boundary's fallback (renderToString says why: the page suspended).
    expect(html).toMatch(/^<!--\$!-->.*Laden…<!--\/\$-->$/s);
    expect(html).not.toContain('Anna');
  });

  it('requests the chunk once, and again after a failure', async () => {
    let calls = 0;
    const Page = preloadable(() => {
      calls += 1;
      return calls === 1 ? Promise.reject(new Error('netwerk')) : chunk('Dossier van')();
    }, (m) => m.Page);
    await expect(Page.preload()).rejects.toThrow('netwerk');
    await Page.preload();
    await Page.preload();
    expect(calls).toBe(2);
    expect(renderToString(createElement(Page, { who: 'Bram' }))).toBe('Dossier van Bram');
  });
});
