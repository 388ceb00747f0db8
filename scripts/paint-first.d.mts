/** Types for scripts/paint-first.mjs (a plain Node script, run after `next build`). */
export function paintFirst(html: string): string;
export const LOADER: string;
