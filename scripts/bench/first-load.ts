/** First-load JS of a static export: the gzip size of the scripts each HTML page loads. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/** Every HTML page of an `out/` folder, by route ("/" for out/index.html). */
export function htmlPages(outDir: string): { route: string; file: string }[] {
  const pages: { route: string; file: string }[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name === 'index.html') {
        const rel = path.relative(outDir, dir).split(path.sep).join('/');
        pages.push({ route: rel ? `/${rel}/` : '/', file: full });
      }
    }
  };
  walk(outDir);
  return pages.sort((a, b) => a.route.localeCompare(b.route));
}

/**
 * The same-origin script URLs a modern browser loads for a page: `<script src>` (not the `noModule`
 * polyfills, which it skips) and the preload links for scripts.
 */
export function scriptUrls(html: string): string[] {
  const urls = new Set<string>();
  for (const match of html.matchAll(/<script[^>]*\ssrc="([^"]+)"[^>]*>/g))
    if (!/\snomodule/i.test(match[0])) urls.add(match[1]!);
  for (const match of html.matchAll(/<link[^>]*rel="(?:modulepreload|preload)"[^>]*>/g)) {
    const href = /href="([^"]+)"/.exec(match[0])?.[1];
    if (href?.endsWith('.js') || /as="script"/.test(match[0])) if (href) urls.add(href);
  }
  return [...urls].filter((u) => u.startsWith('/'));
}

const gzipCache = new Map<string, number>();
function gzipBytes(file: string): number {
  let size = gzipCache.get(file);
  if (size === undefined) {
    size = gzipSync(readFileSync(file), { level: 9 }).length;
    gzipCache.set(file, size);
  }
  return size;
}

/** Gzip bytes of the script files one page loads (inline data scripts are HTML, not counted). */
export function firstLoadBytes(outDir: string, htmlFile: string): number {
  const html = readFileSync(htmlFile, 'utf8');
  return scriptUrls(html).reduce((sum, url) => sum + gzipBytes(path.join(outDir, url.split('?')[0]!)), 0);
}

export type RouteSize = { route: string; bytes: number };

export function routeSizes(outDir: string): RouteSize[] {
  return htmlPages(outDir)
    .filter((p) => !p.route.startsWith('/_') && !p.route.startsWith('/404'))
    .map((p) => ({ route: p.route, bytes: firstLoadBytes(outDir, p.file) }));
}
