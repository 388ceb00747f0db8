/**
 * Saving under the faults a real class produces (issue 8): each test makes one fault happen and
 * checks both what the teacher or student sees and what the browser has stored.
 */
import type { Page } from '@playwright/test';
import { ANSWERS_KEY, STUDY_URL } from './fixtures/lesson';
import { chooseStudent, expect, openReviewWith, openTab, test } from './fixtures/review';
import { REVIEW_URL } from './fixtures/review-class';
import { storedReview } from './fixtures/stored-review';
import { questionCard, savedStatus } from './fixtures/study';

const HOUR = 60 * 60 * 1000;

const storedAnswers = (page: Page) => page.evaluate((key) => localStorage.getItem(key), ANSWERS_KEY);

async function overallComment(page: Page, student: string) {
  await openTab(page, 'By student');
  await chooseStudent(page, student);
  return page.getByLabel('Overall comment');
}

test('a review comment typed then reloaded at once is kept', async ({ page, klass }) => {
  await openReviewWith(page, klass.files);
  const comment = await overallComment(page, 'Bilal A.');
  await comment.fill('Typed just before the reload.');
  await page.reload();
  await expect(await overallComment(page, 'Bilal A.')).toHaveValue('Typed just before the reload.');
  await expect
    .poll(() => storedReview(page, 'overall'))
    .toContainEqual(expect.objectContaining({ comment: 'Typed just before the reload.' }));
});

test('a review comment typed then the tab closed at once is kept', async ({ page, context, klass }) => {
  await openReviewWith(page, klass.files);
  const comment = await overallComment(page, 'Bilal A.');
  await comment.fill('Typed just before the tab closed.');
  await page.close({ runBeforeUnload: false });
  const again = await context.newPage();
  await again.goto(REVIEW_URL);
  await expect(await overallComment(again, 'Bilal A.')).toHaveValue('Typed just before the tab closed.');
  await expect
    .poll(() => storedReview(again, 'overall'))
    .toContainEqual(expect.objectContaining({ comment: 'Typed just before the tab closed.' }));
});

test('an answer typed with the clock an hour ahead, then corrected, keeps the new text', async ({
  page,
  textQuestion,
}) => {
  const textbox = () => questionCard(page, textQuestion.number).getByRole('textbox');
  const step = textQuestion.sectionId ?? 'wrap-up';
  await page.clock.setFixedTime(new Date(Date.now() + HOUR));
  await page.goto(`${STUDY_URL}#${step}`);
  await textbox().fill('Typed while the clock was an hour ahead.');
  await expect(savedStatus(page)).toBeVisible();

  await page.clock.setFixedTime(new Date());
  await page.reload();
  await textbox().fill('Typed after the clock was corrected.');
  await expect(savedStatus(page)).toBeVisible();
  await page.reload();
  await expect(textbox()).toHaveValue('Typed after the clock was corrected.');
  const stored = JSON.parse((await storedAnswers(page)) ?? 'null');
  expect(stored.answers[textQuestion.question.id]).toMatchObject({ text: 'Typed after the clock was corrected.' });
});

test('localStorage.clear() from another page keeps unsaved typing and says it was saved again', async ({
  page,
  context,
  textQuestion,
}) => {
  await page.goto(`${STUDY_URL}#${textQuestion.sectionId ?? 'wrap-up'}`);
  await questionCard(page, textQuestion.number).getByRole('textbox').fill('Still typing when storage was wiped.');
  const other = await context.newPage();
  await other.goto('/');
  await other.evaluate(() => localStorage.clear());

  await expect(page.getByRole('alert').filter({ hasText: 'Your answers were saved again' })).toBeVisible();
  await expect(questionCard(page, textQuestion.number).getByRole('textbox')).toHaveValue(
    'Still typing when storage was wiped.',
  );
  await expect.poll(() => storedAnswers(page)).toContain('Still typing when storage was wiped.');
});

test('a newer-format write from another tab is shown as a problem and not overwritten', async ({
  page,
  context,
  textQuestion,
}) => {
  const textbox = questionCard(page, textQuestion.number).getByRole('textbox');
  await page.goto(`${STUDY_URL}#${textQuestion.sectionId ?? 'wrap-up'}`);
  await textbox.fill('Typed before the other tab wrote.');
  await expect(savedStatus(page)).toBeVisible();
  const newer = JSON.stringify({ version: 99, lessonId: 'from-a-newer-app' });
  const other = await context.newPage();
  await other.goto('/');
  await other.evaluate(([key, value]) => localStorage.setItem(key!, value!), [ANSWERS_KEY, newer]);

  const problem = page.getByRole('alert').filter({ hasText: 'Your saved answers could not be opened' });
  await expect(problem).toContainText('newer version of this app (format 99)');
  await expect(problem.getByRole('button', { name: 'Download saved data' })).toBeVisible();
  await textbox.fill('Typed after the other tab wrote.');
  await expect(page.getByRole('status').filter({ hasText: 'Not saved: see the message above' })).toBeVisible();
  expect(await storedAnswers(page)).toBe(newer);
});
