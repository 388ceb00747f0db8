/**
 * A lesson shared as a file: opened on the home page, kept in this browser, and used in all three
 * ways (self-study, the deck with its presenter view, the review). Bad files each get one message.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { writeLessonFile } from '../lib/author/lesson-file';
import { lessonQuestions } from '../lib/lessons/analysis';
import { buildSlides } from '../lib/present/build-slides';
import { ResponseFileSchema } from '../lib/schemas/exchange';
import { LESSON_FILE_VERSION, MAX_LESSON_FILE_BYTES } from '../lib/schemas/lesson-file';
import { sampleLesson } from '../lib/testing/sample-lesson';
import { expectNoAxeViolations } from './fixtures/axe';
import { expect, LESSON_ID, test } from './fixtures/lesson';
import { answerCard, chooseQuestion, expectNoHorizontalScroll, openTab } from './fixtures/review';
import { answerQuestion, goToStep } from './fixtures/study';

const GOOD_FILE = { name: 'sample-lesson.lesson.json', mimeType: 'application/json' };
const good = () => ({ ...GOOD_FILE, buffer: Buffer.from(writeLessonFile(sampleLesson)) });
const fileWith = (name: string, text: string) => ({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
const withLesson = (patch: object, file: object = {}) =>
  JSON.stringify({ ...JSON.parse(writeLessonFile(sampleLesson)), ...file, lesson: { ...sampleLesson, ...patch } });

async function openFile(page: Page, file: { name: string; mimeType: string; buffer: Buffer }) {
  await page.getByLabel('Lesson file').setInputFiles(file);
}
const openedCard = (page: Page) =>
  page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: sampleLesson.title }) });

test('bad lesson files each get one clear message and change nothing', async ({ page }) => {
  await page.goto('/');
  const bad: [string, { name: string; mimeType: string; buffer: Buffer }, RegExp][] = [
    ['not JSON', fileWith('notes.lesson.json', 'this is not json'), /it is not JSON text/],
    [
      'a newer format',
      fileWith('future.lesson.json', withLesson({}, { version: LESSON_FILE_VERSION + 1 })),
      /made by a newer version of the app/,
    ],
    ['a shipped id', fileWith('copy.lesson.json', withLesson({ id: LESSON_ID })), /already part of this site/],
    [
      '5 MB',
      fileWith('huge.lesson.json', ' '.repeat(MAX_LESSON_FILE_BYTES + 1)),
      /is 5\.0 MB; a lesson file is at most 5\.0 MB/,
    ],
    [
      'a hostile string',
      fileWith('hostile.lesson.json', withLesson({ id: 'sample\u202Elesson' })),
      /cannot be opened safely/,
    ],
    ['failing validation', fileWith('broken.lesson.json', withLesson({ sections: 'none' })), /not valid: at lesson/],
  ];
  for (const [what, file, message] of bad) {
    await openFile(page, file);
    const alerts = page.getByRole('status').getByRole('alert');
    await expect(alerts, what).toHaveCount(1);
    await expect(alerts, what).toHaveText(message);
  }
  await expect(page.getByText('Opened from a file')).toHaveCount(0);
  expect(await page.evaluate(() => localStorage.getItem('media-literacy.opened-lessons'))).toBeNull();
});

test('a lesson file opens, a student answers and exports, the teacher reviews it by question', async ({ page }) => {
  await page.goto('/');
  await openFile(page, good());
  await expect(page.getByRole('main').getByRole('status')).toContainText(`Opened “${sampleLesson.title}”`);
  await expect(openedCard(page).getByText('Opened from a file')).toBeVisible();
  await expectNoAxeViolations(page, { where: 'home with an opened lesson' });

  await openedCard(page).getByRole('link', { name: 'Self-study' }).click();
  const textQuestion = lessonQuestions(sampleLesson).find((q) => q.question.kind === 'text')!;
  await expect(page.getByRole('navigation', { name: 'Lesson sections' })).toBeVisible();
  await goToStep(page, textQuestion.sectionId ?? 'wrap-up');
  await answerQuestion(page, sampleLesson, textQuestion.question, textQuestion.sectionId, textQuestion.number);
  await page.getByRole('main').getByRole('button', { name: 'Export my answers' }).last().click();
  const dialog = page.getByRole('dialog', { name: 'Your name for the answer file' });
  await dialog.getByLabel('Your name').fill('Amira K.');
  const downloadPromise = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export' }).click();
  const answerPath = (await (await downloadPromise).path())!;
  const answers = ResponseFileSchema.parse(JSON.parse(readFileSync(answerPath, 'utf8')));
  expect(answers.lesson.id).toBe(sampleLesson.id);

  await page.goto('/');
  await openedCard(page).getByRole('link', { name: 'Review answers' }).click();
  await page.getByLabel('Choose files').setInputFiles(answerPath);
  await expect(page.getByText(/^Last import:/)).toContainText('1 imported');
  await openTab(page, 'By question');
  await chooseQuestion(page, textQuestion.question.id);
  await expect(answerCard(page, 'Amira K.')).toContainText(`Answer to ${textQuestion.question.id}`);
});

test('an opened lesson projects with the presenter view in step, and removing it asks first', async ({
  page,
  context,
}) => {
  const slides = buildSlides(sampleLesson);
  await page.goto('/');
  await openFile(page, good());
  await openedCard(page).getByRole('link', { name: 'Present' }).click();
  const current = page.locator('main section[aria-roledescription="slide"]');
  await expect(current).toHaveAttribute('data-slide-id', slides[0]!.id);
  await page.mouse.move(10, 10);
  const [presenter] = await Promise.all([
    context.waitForEvent('page'),
    page
      .getByRole('toolbar', { name: 'Presentation controls' })
      .getByRole('button', { name: 'Presenter view' })
      .click(),
  ]);
  const nowShowing = presenter.getByRole('heading', { level: 2, name: /^Now showing:/ });
  await expect(nowShowing).toContainText(`Slide 1 of ${slides.length}`);
  await presenter.keyboard.press('ArrowRight');
  await expect(current).toHaveAttribute('data-slide-id', slides[1]!.id);
  await page.keyboard.press('ArrowRight');
  await expect(nowShowing).toContainText(`Slide 3 of ${slides.length}`);
  await presenter.close();

  await page.goto('/');
  await openedCard(page).getByRole('button', { name: 'Remove' }).click();
  const confirm = page.getByRole('dialog', { name: 'Remove this lesson from this browser?' });
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(openedCard(page)).toBeVisible();
  await openedCard(page).getByRole('button', { name: 'Remove' }).click();
  await confirm.getByRole('button', { name: 'Remove' }).click();
  await expect(page.getByText('Opened from a file')).toHaveCount(0);
});

test.describe('on a 360 px phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

  test('a lesson file opens and its self-study can be used', async ({ page }) => {
    await page.goto('/');
    await openFile(page, good());
    await expectNoHorizontalScroll(page);
    await openedCard(page).getByRole('link', { name: 'Self-study' }).click();
    const textQuestion = lessonQuestions(sampleLesson).find((q) => q.question.kind === 'text')!;
    await expect(page.getByRole('heading', { level: 1, name: sampleLesson.title })).toBeVisible();
    await goToStep(page, textQuestion.sectionId ?? 'wrap-up');
    await answerQuestion(page, sampleLesson, textQuestion.question, textQuestion.sectionId, textQuestion.number);
    await expect(
      page
        .getByRole('status')
        .filter({ hasText: /Saved at/ })
        .first(),
    ).toBeVisible();
    await expectNoHorizontalScroll(page);
  });
});
