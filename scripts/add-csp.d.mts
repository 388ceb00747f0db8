/** Types for scripts/add-csp.mjs (a plain Node script, run after `next build`). */
export function inlineScripts(html: string): string[];
export function scriptHash(text: string): string;
export function contentSecurityPolicy(scriptHashes: readonly string[]): string;
export function addCsp(html: string): string;
export const ZOD_SETTINGS_SCRIPT: string;
