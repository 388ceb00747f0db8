/** Largest Contentful Paint of the study page against a plain HTML page holding the same report text. */
import type { Browser } from '@playwright/test';
import type { Lesson } from '../../lib/schemas/lesson';
import { closePage, median, throttledPage } from './browser';

export const PLAIN_REPORT_PATH = '/bench-plain-report/';
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

async function lcpOf(browser: Browser, url: string): Promise<number> {
  const runs: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const page = await throttledPage(browser);
    await page.goto(url, { waitUntil: 'networkidle' });
    const lcp = await page.evaluate(readLcp);
    if (Number.isFinite(lcp)) runs.push(lcp);
    await closePage(page);
  }
  if (runs.length === 0) throw new Error(`no LCP reported for ${url}`);
  return median(runs);
}

export async function largestContentfulPaint(browser: Browser, origin: string, studyUrl: string) {
  return { study: await lcpOf(browser, origin + studyUrl), plain: await lcpOf(browser, origin + PLAIN_REPORT_PATH) };
}
