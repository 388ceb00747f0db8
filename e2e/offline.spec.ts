import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { lessonQuestions } from '../lib/lessons/analysis';
import { writeLessonFile } from '../lib/author/lesson-file';
import { guidePath, presenterPath, projectorPath, reviewPath } from '../lib/lessons/lesson-paths';
import { LESSON_ID, LESSON_URL, STUDY_URL } from './fixtures/lesson';
import { lessonOnPath } from '../lib/lessons/teaching-path';
import { loadRealLesson } from '../lib/testing/real-lesson';
import { sampleLesson } from '../lib/testing/sample-lesson';
import { goToStep, questionCard } from './fixtures/study';
import { serveStatic, type ExtraFile } from '../scripts/bench/server';

// On the core path: the page's default.
const lesson = lessonOnPath(loadRealLesson(), 'core');
const firstText = lessonQuestions(lesson).find((q) => q.question.kind === 'text')!;

/** After the first visit the service worker has precached the site and controls the page. */
async function waitForOfflineCopy(page: Page) {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
}

// The rest of the suite blocks service workers (playwright.config.ts); this spec is about them.
test.use({ serviceWorkers: 'allow' });

test('after one visit, every page of the lesson opens and works with the network off', async ({ page, context }) => {
  await page.goto('/');
  await waitForOfflineCopy(page);
  await context.setOffline(true);

  await page.reload();
  await page.getByRole('link', { name: new RegExp(lesson.title) }).click();
  await expect(page.getByRole('heading', { level: 1, name: lesson.title })).toBeVisible();
  await page.getByRole('link', { name: /Study on my own/ }).click();
  await expect(page.getByRole('heading', { name: lesson.contentNote.heading })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { name: lesson.contentNote.heading })).toBeVisible();

  await page.goto(projectorPath(LESSON_ID));
  await expect(page).toHaveTitle(new RegExp(`^Present: `));
  await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
  await page.goto(presenterPath(LESSON_ID));
  await expect(page.getByRole('heading', { level: 2, name: /^Now showing:/ })).toBeVisible();
  await page.goto(reviewPath(LESSON_ID));
  await expect(page.getByLabel('Choose files')).toBeAttached();
  await page.goto(LESSON_URL);
  await expect(page.getByRole('heading', { level: 1, name: lesson.title })).toBeVisible();
  await page.goto('/');
  await expect(page.getByRole('link', { name: new RegExp(lesson.title) })).toBeVisible();
});

test('offline, the editor, the teacher guide and a lesson opened from a file still work', async ({ page, context }) => {
  await page.goto('/');
  await waitForOfflineCopy(page);
  await context.setOffline(true);

  await page.goto('/author/');
  await expect(page.getByRole('heading', { level: 1, name: 'Make a lesson' })).toBeVisible();
  await expect(page.getByRole('heading', { name: /^Step 1 of 6/ })).toBeVisible();
  await page.goto(guidePath(LESSON_ID));
  await expect(page.getByRole('heading', { level: 1, name: 'Teacher guide' })).toBeVisible();
  await expect(page.getByText(lesson.title).first()).toBeVisible();

  // A file shared by a colleague, opened with no network: it is kept in this browser and all its pages load.
  await page.goto('/');
  await page.getByLabel('Lesson file').setInputFiles({
    name: 'sample-lesson.lesson.json',
    mimeType: 'application/json',
    buffer: Buffer.from(writeLessonFile(sampleLesson)),
  });
  const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: sampleLesson.title }) });
  await card.getByRole('link', { name: 'Self-study' }).click();
  await expect(page.getByRole('heading', { level: 1, name: sampleLesson.title })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('navigation', { name: 'Lesson sections' })).toBeVisible();
  await page.goto('/');
  await card.getByRole('link', { name: 'Present' }).click();
  await expect(page.locator('main section[aria-roledescription="slide"]')).toBeVisible();
  await page.goto('/');
  await card.getByRole('link', { name: 'Review answers' }).click();
  await expect(page.getByLabel('Choose files')).toBeAttached();
});

test('a new version waits for the student: the page offers a reload and keeps what they typed', async ({ page }) => {
  // Its own server, so that a "new deploy" (a changed sw.js) reaches this test only.
  const outDir = path.join(process.cwd(), 'out');
  const overrides = new Map<string, ExtraFile>();
  const server = await serveStatic(outDir, overrides);
  try {
    await page.goto(server.url + STUDY_URL);
    await waitForOfflineCopy(page);
    await goToStep(page, firstText.sectionId ?? 'wrap-up');
    const box = questionCard(page, firstText.number).getByRole('textbox');
    await box.fill('Half of my answer');
    await page.evaluate(() => ((window as unknown as { stillHere: boolean }).stillHere = true));

    const current = readFileSync(path.join(outDir, 'sw.js'), 'utf8');
    overrides.set('/sw.js', { body: `${current}\n// a newer version\n`, type: 'text/javascript' });
    await page.evaluate(async () => (await navigator.serviceWorker.ready).update());

    const prompt = page.getByRole('status').filter({ hasText: 'A new version is ready' });
    // The new version first stores the whole site, which takes a while on a busy machine.
    await expect(prompt).toBeVisible({ timeout: 30_000 });
    await expect(box).toHaveValue('Half of my answer');
    expect(await page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere)).toBe(true);

    await Promise.all([page.waitForEvent('load'), prompt.getByRole('button', { name: 'Reload' }).click()]);
    expect(await page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere)).toBe(undefined);
    await expect(questionCard(page, firstText.number).getByRole('textbox')).toHaveValue('Half of my answer');
    await expect(prompt).toBeHidden();
  } finally {
    await server.close();
  }
});
