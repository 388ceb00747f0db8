/**
 * Largest Contentful Paint of the study page against a plain HTML page holding the same report text, and
 * against the study page's own HTML with its scripts taken out: the floor that scheduling the JavaScript
 * could reach, what the markup, styles and font cost on their own.
 */
import type { Browser } from '@playwright/test';
import type { Lesson } from '../../lib/schemas/lesson';
import { closePage, median, throttledPage } from './browser';

export const PLAIN_REPORT_PATH = '/bench-plain-report/';
export const STUDY_WITHOUT_SCRIPTS_PATH = '/bench-study-without-scripts/';
const RUNS = 5;

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function plainReportHtml(lesson: Lesson): string {
  const sections = lesson.sections
    .map(
      (s) =>
        `<h2>${escape(s.title)}</h2>` +
        s.paragraphs.map((p) => `<p>${escape(p.sentences.map((x) => x.text).join(' '))}</p>`).join(''),
    )
    .join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>${escape(lesson.title)}</title></head><body><main><h1>${escape(lesson.title)}</h1>${sections}</main></body></html>`;
}

/** The built page with every script, and every preload of one, removed: what paints with no JavaScript. */
export function withoutScripts(html: string): string {
  return html
    .replace(/<script\b[^>]*>[\s\S]*?<\/script\s*>/gi, '')
    .replace(/<link rel="preload" as="script"[^>]*>/gi, '');
}

// Runs in the page: the latest LCP candidate once none has come for a second (a slow, loaded machine may
// paint the first one late, so this waits for it rather than reading too early).
function readLcp(): Promise<number> {
  return new Promise((resolve) => {
    let last = NaN;
    let settle = setTimeout(() => resolve(last), 15_000);
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) last = entry.startTime;
      clearTimeout(settle);
      settle = setTimeout(() => resolve(last), 1000);
    }).observe({ type: 'largest-contentful-paint', buffered: true });
  });
}

async function lcpOnce(browser: Browser, url: string): Promise<number> {
  const page = await throttledPage(browser);
  try {
    await page.goto(url, { waitUntil: 'networkidle' });
    return await page.evaluate(readLcp);
  } finally {
    await closePage(page);
  }
}

/** Medians over runs taken in turns, so that the machine's load drifting during the bench hits all pages alike. */
export async function largestContentfulPaint(browser: Browser, origin: string, studyUrl: string) {
  const pages = { study: studyUrl, plain: PLAIN_REPORT_PATH, withoutScripts: STUDY_WITHOUT_SCRIPTS_PATH };
  const runs = { study: [] as number[], plain: [] as number[], withoutScripts: [] as number[] };
  for (let i = 0; i < RUNS; i += 1)
    for (const key of Object.keys(pages) as (keyof typeof pages)[]) {
      const lcp = await lcpOnce(browser, origin + pages[key]);
      if (Number.isFinite(lcp)) runs[key].push(lcp);
    }
  for (const [key, values] of Object.entries(runs))
    if (values.length === 0) throw new Error(`no LCP reported for ${pages[key as keyof typeof pages]}`);
  return { study: median(runs.study), plain: median(runs.plain), withoutScripts: median(runs.withoutScripts) };
}
