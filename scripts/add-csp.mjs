#!/usr/bin/env node
/**
 * Post-build step (`npm run build`, `npm test`): writes a Content-Security-Policy into every HTML
 * page of the static export in out/, so that "no request leaves the origin" is enforced by the
 * browser, not only promised. A static export has no server to send the header, hence a <meta>.
 *
 * Next inlines small scripts (the page data, MUI's colour-scheme script); each is allowed by the
 * sha256 hash of its exact text, so no 'unsafe-inline' and no 'unsafe-eval' for scripts. Styles
 * need 'unsafe-inline' because Emotion (MUI) inserts <style> elements at run time.
 * `frame-ancestors` cannot be set from a <meta>: the README asks the host to send it as a header.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const INLINE_SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const HAS_SRC = /(?:^|\s)src\s*=/i;
const EXISTING_CSP = /<meta http-equiv="Content-Security-Policy"[^>]*>/gi;
/**
 * zod (4) probes once whether it may compile parsers with `new Function`; the policy forbids it and
 * the browser reports the probe as a violation although zod catches the error. This setting, read
 * by zod from the global object when it loads, skips the probe: it must run before any script.
 */
export const ZOD_SETTINGS_SCRIPT = '<script>globalThis.__zod_globalConfig={jitless:true}</script>';

/** The text of every inline script, exactly as the browser hashes it (the raw text between the tags). */
export function inlineScripts(html) {
  return [...html.matchAll(INLINE_SCRIPT)]
    .filter(([, attributes]) => !HAS_SRC.test(attributes))
    .map(([, , text]) => text);
}

export function scriptHash(text) {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

export function contentSecurityPolicy(scriptHashes) {
  return [
    "default-src 'self'",
    `script-src ${["'self'", ...new Set(scriptHashes)].join(' ')}`,
    "style-src 'self' 'unsafe-inline'",
    "font-src 'self'",
    "connect-src 'self'",
    // Turbopack starts a Web Worker from a blob: URL that loads the worker's script from this site.
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/**
 * The page with its policy as the first thing in <head> that can load or run anything (after the
 * <meta charset>, which must stay within the first 1024 bytes), then zod's settings. What an
 * earlier run added is replaced, so the step can run twice.
 */
export function addCsp(html) {
  const page = html.replace(EXISTING_CSP, '').replaceAll(ZOD_SETTINGS_SCRIPT, '');
  const policy = contentSecurityPolicy(inlineScripts(ZOD_SETTINGS_SCRIPT + page).map(scriptHash));
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}"/>`;
  const anchor = /<head\b[^>]*>(\s*<meta\s+charset=[^>]*>)?/i.exec(page);
  if (!anchor) throw new Error('no <head> in the page');
  const at = anchor.index + anchor[0].length;
  return `${page.slice(0, at)}${meta}${ZOD_SETTINGS_SCRIPT}${page.slice(at)}`;
}

function htmlFiles(dir) {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

function main(outDir = 'out') {
  const files = htmlFiles(outDir);
  if (files.length === 0) throw new Error(`no HTML files in ${outDir}/: run "next build" first`);
  for (const file of files) writeFileSync(file, addCsp(readFileSync(file, 'utf8')));
  console.log(`Content-Security-Policy written into ${files.length} HTML files in ${outDir}/`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) main(process.argv[2]);
