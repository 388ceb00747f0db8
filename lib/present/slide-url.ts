/**
 * Where the deck is, in the URL: `#slide=<slide id>` on the projector and the presenter page.
 *
 * Why the hash: the site is a static export, so there is no server to read a query string, and a
 * hash change neither reloads nor re-renders the page through the router; a reload keeps it. Why
 * an id rather than a number: ids come from the lesson (section, prompt, question) and survive
 * edits that add or re-split slides. A number (`#slide=12`, 1-based) is accepted too, and anything
 * unknown falls back to the nearest sensible slide instead of an error.
 */

const HASH_KEY = 'slide';

export function slideHash(slideId: string): string {
  return `#${HASH_KEY}=${encodeURIComponent(slideId)}`;
}

function clamp(n: number, count: number): number {
  return Math.min(Math.max(n, 0), Math.max(count - 1, 0));
}

/**
 * The slide a hash points at. Unknown ids fall back to the first slide of what they name: a part
 * that no longer exists ("sec-x.read.3" after a re-split) goes to "sec-x.read", a section id to
 * the section's first slide; otherwise the first slide.
 */
export function slideIndexFromHash(hash: string, slideIds: readonly string[]): number {
  const value = new URLSearchParams(hash.replace(/^#/, '')).get(HASH_KEY)?.trim();
  if (!value) return 0;
  if (/^\d+$/.test(value)) return clamp(Number(value) - 1, slideIds.length);
  const exact = slideIds.indexOf(value);
  if (exact >= 0) return exact;
  let base = value;
  while (base) {
    const prefix = `${base}.`;
    const near = slideIds.findIndex((id) => id === base || id.startsWith(prefix));
    if (near >= 0) return near;
    const dot = base.lastIndexOf('.');
    base = dot > 0 ? base.slice(0, dot) : '';
  }
  return 0;
}
