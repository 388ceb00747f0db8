#!/usr/bin/env node
/**
 * Post-build step (`npm run build`, `npm test`): every page paints before React hydrates.
 *
 * Next writes its chunks as <script async>. On a slow laptop the chunks often arrive before the first
 * frame, and an async script runs as soon as it arrives: hydrating the study page then takes over a
 * second at 6x CPU slowdown while the student looks at a blank window, though the HTML already holds
 * the whole first screen. Here each chunk is preloaded instead (the download starts as early as
 * before) and public/paint-first.js adds the script tags after the first frame.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const CHUNK_SCRIPT = /<script src="(\/_next\/static\/chunks\/[^"]+\.js)" async=""><\/script>/g;
const PRELOAD = /<link rel="preload" as="script"[^>]* href="([^"]+)"\/>/g;
export const LOADER = '/paint-first.js';

/** The page with its chunk scripts replaced by preloads and one loader; a page without them is unchanged. */
export function paintFirst(html) {
  const chunks = [...html.matchAll(CHUNK_SCRIPT)].map(([, src]) => src);
  if (chunks.length === 0) return html;
  const preloaded = new Set([...html.matchAll(PRELOAD)].map(([, href]) => href));
  const preloads = chunks
    .filter((src) => !preloaded.has(src))
    .map((src) => `<link rel="preload" as="script" href="${src}"/>`)
    .join('');
  const loader = `<script src="${LOADER}" data-chunks="${chunks.join(' ')}" async=""></script>`;
  let first = true;
  return html.replace(CHUNK_SCRIPT, () => {
    if (!first) return '';
    first = false;
    return preloads + loader;
  });
}

function htmlFiles(dir) {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

function main(outDir = 'out') {
  const files = htmlFiles(outDir);
  if (files.length === 0) throw new Error(`no HTML files in ${outDir}/: run "next build" first`);
  for (const file of files) writeFileSync(file, paintFirst(readFileSync(file, 'utf8')));
  console.log(`Chunk scripts start after the first frame in ${files.length} HTML files in ${outDir}/`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) main(process.argv[2]);
