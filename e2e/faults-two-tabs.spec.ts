/**
 * Two review tabs of one browser (issue 8): neither may overwrite the other with a stale copy. A
 * tab "hears" the other's changes over a BroadcastChannel; a stale tab is one that has not heard
 * (here: a page without BroadcastChannel), so only the store's own merge protects the later export
 * and the other tab's edit. Each test checks what the tabs show, what a third page opened afterwards
 * shows, and what IndexedDB holds.
 */
import type { BrowserContext, Page } from '@playwright/test';
import type { Lesson } from '../lib/schemas/lesson';
import { sampleResponseFile } from '../lib/testing/sample-class';
import { answerCard, chooseQuestion, chooseStudent, expect, importFiles, openTab, test } from './fixtures/review';
import { json, REVIEW_URL, withText, type FixtureFile } from './fixtures/review-class';
import { storedReview } from './fixtures/stored-review';

const STUDENT = 'Tess Tabs';
const EARLIER = 'The earlier export.';
const LATER = 'The later export.';

/** One student's export on a day of March 2025, with `text` as the answer to the first written question. */
function answersFile(lesson: Lesson, name: string, day: number, text: string): FixtureFile {
  const file = sampleResponseFile(lesson, name, { seed: 7, exportedAt: new Date(Date.UTC(2025, 2, day, 9)) });
  return json(`${name.split(' ')[0]!.toLowerCase()}-day-${day}.json`, withText(lesson, file, text));
}

/** A review tab; a `stale` one never hears the other tab (as in a browser without BroadcastChannel). */
async function reviewTab(context: BrowserContext, { stale = false } = {}): Promise<Page> {
  const tab = await context.newPage();
  if (stale) await tab.addInitScript(() => Reflect.deleteProperty(window, 'BroadcastChannel'));
  await tab.goto(REVIEW_URL);
  // Opening the saved review has no time limit here, as in openReviewWith (a loaded machine is slow).
  await tab.getByRole('tab', { name: 'Import' }).waitFor();
  return tab;
}

async function expectShowsLater(tab: Page) {
  await openTab(tab, 'By student');
  await chooseStudent(tab, STUDENT);
  await expect(tab.getByText(LATER)).toBeVisible();
  await expect(tab.getByText(EARLIER)).toHaveCount(0);
}

async function expectStoredLater(page: Page) {
  const students = await storedReview(page, 'students');
  expect(students).toHaveLength(1);
  expect(JSON.stringify(students)).toContain(LATER);
  expect(JSON.stringify(students)).not.toContain(EARLIER);
}

for (const order of ['earlier first', 'later first'] as const) {
  test(`two review tabs importing an earlier and a later export (${order}) keep the later`, async ({
    context,
    lesson,
  }) => {
    const earlier = answersFile(lesson, STUDENT, 10, EARLIER);
    const later = answersFile(lesson, STUDENT, 12, LATER);
    const first = await reviewTab(context);
    const second = await reviewTab(context);
    await importFiles(first, [order === 'earlier first' ? earlier : later]);
    // The second tab hears of the import and stays where the teacher left it, on Import.
    await expect(second.getByText(/· 1 student$/)).toBeVisible();
    await expect(second.getByRole('tab', { name: 'Import' })).toHaveAttribute('aria-selected', 'true');
    await importFiles(second, [order === 'earlier first' ? later : earlier]);
    if (order === 'later first')
      await expect(second.getByRole('region', { name: 'Not imported' })).toContainText(`a newer export of ${STUDENT}`);

    for (const tab of [first, second]) await expectShowsLater(tab);
    const third = await reviewTab(context);
    await expectShowsLater(third);
    await expectStoredLater(third);
  });
}

test('an earlier export imported in a stale review tab does not replace a later one', async ({ context, lesson }) => {
  const stale = await reviewTab(context, { stale: true });
  const first = await reviewTab(context);
  await importFiles(first, [answersFile(lesson, STUDENT, 12, LATER)]);
  // The stale tab never heard of it and still shows an empty class when the earlier export comes.
  await expect(stale.getByText(/· 0 students$/)).toBeVisible();
  await importFiles(stale, [answersFile(lesson, STUDENT, 10, EARLIER)]);

  await expectShowsLater(stale);
  const third = await reviewTab(context);
  await expectShowsLater(third);
  await expectStoredLater(third);
});

async function openTextQuestion(tab: Page, questionId: string) {
  await openTab(tab, 'By question');
  await chooseQuestion(tab, questionId);
  return answerCard(tab, STUDENT);
}

for (const stale of [false, true]) {
  test(`a score clicked in one review tab does not wipe a comment typed in the other${stale ? ' (a stale tab)' : ''}`, async ({
    context,
    lesson,
    textQuestion,
  }) => {
    const first = await reviewTab(context);
    await importFiles(first, [answersFile(lesson, STUDENT, 12, LATER), answersFile(lesson, 'Uma Other', 12, LATER)]);
    const second = await reviewTab(context, { stale });
    const here = await openTextQuestion(first, textQuestion.question.id);
    const there = await openTextQuestion(second, textQuestion.question.id);

    await here.getByLabel('Comment').fill('Typed in the first tab.');
    await expect(here.getByRole('status')).toHaveText('Saved');
    await there.getByRole('radio', { name: 'Met' }).check();
    await expect(there.getByRole('status')).toHaveText('Saved');

    // Tabs that hear each other show the merged feedback at once; a stale one only after a reload.
    const third = await reviewTab(context);
    for (const tab of [first, second, third]) {
      if (stale && tab !== third) await tab.reload();
      const card = await openTextQuestion(tab, textQuestion.question.id);
      await expect(card.getByLabel('Comment')).toHaveValue('Typed in the first tab.');
      await expect(card.getByRole('radio', { name: 'Met' })).toBeChecked();
    }
    const stored = await storedReview(third, 'feedback');
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({
      questionId: textQuestion.question.id,
      value: { levelId: 'met', comment: 'Typed in the first tab.' },
    });
  });
}
