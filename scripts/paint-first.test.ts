import { describe, expect, it } from 'vitest';
import { LOADER, paintFirst } from './paint-first.mjs';

const page = [
  '<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>',
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/main.js"/>',
  '<script src="/_next/static/chunks/a.js" async=""></script>',
  '<script src="/_next/static/chunks/turbopack-b.js" async=""></script>',
  '<script src="/_next/static/chunks/polyfill.js" noModule=""></script>',
  '</head><body><p>Before you start</p>',
  '<script>self.__next_f.push([0])</script>',
  '<script src="/_next/static/chunks/main.js" async=""></script>',
  '</body></html>',
].join('');

const chunkScripts = (html: string) => [...html.matchAll(/<script src="\/_next[^"]*" async=""/g)];

describe('paintFirst', () => {
  const result = paintFirst(page);

  it('leaves no chunk for the browser to run before the first frame', () => {
    expect(chunkScripts(result)).toEqual([]);
  });

  it('hands every chunk, in page order, to one loader where the first chunk was', () => {
    const loader = `<script src="${LOADER}" data-chunks="/_next/static/chunks/a.js /_next/static/chunks/turbopack-b.js /_next/static/chunks/main.js" async=""></script>`;
    expect(result.match(/<script src="\/paint-first\.js"/g)).toHaveLength(1);
    expect(result.indexOf(loader)).toBeLessThan(result.indexOf('</head>'));
  });

  it('preloads each chunk once, so downloads start as early as before', () => {
    const preloads = [...result.matchAll(/<link rel="preload" as="script"[^>]* href="([^"]+)"\/>/g)].map((m) => m[1]);
    expect(preloads.sort()).toEqual([
      '/_next/static/chunks/a.js',
      '/_next/static/chunks/main.js',
      '/_next/static/chunks/turbopack-b.js',
    ]);
  });

  it('keeps the inline page data, the polyfill for old browsers and the content', () => {
    for (const kept of [
      '<script>self.__next_f.push([0])</script>',
      '<script src="/_next/static/chunks/polyfill.js" noModule=""></script>',
      '<p>Before you start</p>',
    ])
      expect(result).toContain(kept);
  });

  it('can run twice: a page already rewritten is unchanged', () => {
    expect(paintFirst(result)).toBe(result);
  });
});
