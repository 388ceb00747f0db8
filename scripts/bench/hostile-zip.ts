/**
 * The review page while it imports the hostile zip of e2e/faults-zip.spec.ts (1,900 entries over one
 * 1 MB block) among two good files: the longest gap in a main-thread heartbeat meanwhile, against the
 * same page's longest gap while idle for a few seconds just before.
 */
import type { Browser, Page } from '@playwright/test';
import type { Lesson } from '../../lib/schemas/lesson';
import { OVERLAPPING_ZIP_NAME, overlappingZip } from '../../lib/testing/overlapping-zip';
import { sampleClass } from '../../lib/testing/sample-class';
import { closePage, throttledPage } from './browser';

const IDLE_MS = 3000;
const BEAT_MS = 10;
type Heartbeat = { __gap: number; __last: number };

// Runs in the page: a timer every BEAT_MS; a busy main thread shows as a long gap between two beats.
// A string, not a function: the bench's TypeScript runner would wrap a named inner function in a helper
// the page does not have.
const START_HEARTBEAT = `(() => {
  window.__gap = 0;
  window.__last = performance.now();
  const beat = () => {
    const now = performance.now();
    window.__gap = Math.max(window.__gap, now - window.__last);
    window.__last = now;
    setTimeout(beat, ${BEAT_MS});
  };
  setTimeout(beat, ${BEAT_MS});
})()`;

async function longestGap(page: Page, work: () => Promise<void>): Promise<number> {
  await page.evaluate(() => {
    const w = window as unknown as Heartbeat;
    w.__gap = 0;
    w.__last = performance.now();
  });
  await work();
  return page.evaluate(() => (window as unknown as Heartbeat).__gap);
}

export type HostileZip = { importGapMs: number; idleGapMs: number };

export async function hostileZipImport(browser: Browser, origin: string, lesson: Lesson, reviewUrl: string) {
  const good = sampleClass(lesson, 2, { seed: 5 }).map((file, i) => ({
    name: `good-${i}.json`,
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(file)),
  }));
  const bomb = { name: OVERLAPPING_ZIP_NAME, mimeType: 'application/zip', buffer: Buffer.from(overlappingZip()) };
  const page = await throttledPage(browser, 1);
  await page.goto(origin + reviewUrl, { waitUntil: 'networkidle' });
  await page.evaluate(START_HEARTBEAT);
  const idleGapMs = await longestGap(page, () => page.waitForTimeout(IDLE_MS));
  const importGapMs = await longestGap(page, async () => {
    await page.getByLabel('Choose files').setInputFiles([good[0]!, bomb, good[1]!]);
    await page.getByText('Last import: 3 files: 2 imported; 1 not imported.').waitFor({ timeout: 120_000 });
  });
  await closePage(page);
  return { importGapMs, idleGapMs } satisfies HostileZip;
}
