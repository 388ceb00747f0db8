/**
 * A hostile .zip dropped on the review, among good files: a small zip whose entries all point at
 * one compressed block (unpacked naively, it takes the page minutes). It must be refused in one
 * row, unpacked in a worker (so the page cannot freeze on it), and the good files must still be
 * imported. The page runs under its Content-Security-Policy, so this also shows the unzip worker
 * is allowed. How long the page's main thread is busy meanwhile is a figure for `npm run bench`,
 * not an assertion here: on a loaded machine any time limit would fail for reasons of its own.
 */
import { expect, test } from '@playwright/test';
import { sampleClass } from '../lib/testing/sample-class';
import { OVERLAPPING_ZIP_NAME, overlappingZip } from '../lib/testing/overlapping-zip';
import { loadRealLesson } from '../lib/testing/real-lesson';
import { REVIEW_URL, type FixtureFile } from './fixtures/review-class';

const lesson = loadRealLesson();

function bombFile(): FixtureFile {
  return { name: OVERLAPPING_ZIP_NAME, mimeType: 'application/zip', buffer: Buffer.from(overlappingZip()) };
}

declare global {
  interface Window {
    cspViolations?: string[];
  }
}

test('an overlapping-entry zip is unpacked in a worker and gets one row, good files still import', async ({ page }) => {
  await page.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.cspViolations?.push(e.effectiveDirective));
  });
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));

  const bomb = bombFile();
  expect(bomb.buffer.length).toBeGreaterThan(900_000);
  const good = sampleClass(lesson, 2, { seed: 5 }).map((file, i): FixtureFile => ({
    name: `good-${i}.json`,
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(file)),
  }));

  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));

  await page.goto(REVIEW_URL);
  const dataTransfer = await page.evaluateHandle(
    (files) => {
      const transfer = new DataTransfer();
      for (const f of files) {
        const bytes = Uint8Array.from(atob(f.base64), (c) => c.charCodeAt(0));
        transfer.items.add(new File([bytes], f.name, { type: f.mimeType }));
      }
      return transfer;
    },
    [good[0]!, bomb, good[1]!].map((f) => ({
      name: f.name,
      mimeType: f.mimeType,
      base64: f.buffer.toString('base64'),
    })),
  );
  await page.getByText('Drop all the answer files here').dispatchEvent('drop', { dataTransfer });

  const notImported = page.getByRole('region', { name: 'Not imported' });
  await expect(notImported.getByRole('listitem')).toHaveCount(1);
  await expect(notImported.getByRole('listitem')).toContainText('class-bomb.zip');
  await expect(notImported.getByRole('listitem')).toContainText('overlap each other');
  await expect(page.getByText(/^Last import:/)).toHaveText('Last import: 3 files: 2 imported; 1 not imported.');
  await expect(page.getByRole('heading', { name: 'Students loaded (2)' })).toBeVisible();

  // The zip was unpacked by the page's one worker, started for it (the page starts no other).
  expect(workers).toHaveLength(1);
  expect(await page.evaluate(() => window.cspViolations)).toEqual([]);
  expect(errors).toEqual([]);
});
