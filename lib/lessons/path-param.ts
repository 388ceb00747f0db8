/**
 * The teaching path in the address: `?path=extended` for the two-lesson path, nothing for the core
 * path (the default). In the URL, not in storage, so a link a teacher hands out carries the path:
 * a student opening it follows the same questions the class does. Anything unknown reads as core.
 */
import type { PathChoice } from './teaching-path';

export const PATH_PARAM = 'path';
export const DEFAULT_PATH: PathChoice = 'core';

export const PATH_LABELS: Record<PathChoice, string> = {
  core: 'Core path (one lesson)',
  extended: 'Extended path (two lessons)',
};

export function pathFromSearch(search: string): PathChoice {
  return new URLSearchParams(search).get(PATH_PARAM) === 'extended' ? 'extended' : DEFAULT_PATH;
}

/** `href` with the path added (extended) or left bare (core); keeps any `#hash` last. */
export function withPathParam(href: string, choice: PathChoice): string {
  if (choice === DEFAULT_PATH) return href;
  const hashAt = href.indexOf('#');
  const [base, hash] = hashAt >= 0 ? [href.slice(0, hashAt), href.slice(hashAt)] : [href, ''];
  return `${base}${base.includes('?') ? '&' : '?'}${PATH_PARAM}=${choice}${hash}`;
}
