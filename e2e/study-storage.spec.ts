import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import type { LocatedQuestion } from '../lib/lessons/analysis';
import { ANSWERS_KEY, STUDY_URL } from './fixtures/lesson';
import { expect, questionCard, savedStatus, test } from './fixtures/study';

const textbox = (page: Page, textQuestion: LocatedQuestion) =>
  questionCard(page, textQuestion.number).getByRole('textbox');

/** Puts raw data in the answers slot before the study page opens. */
async function seed(page: Page, raw: string) {
  await page.goto('/');
  await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [ANSWERS_KEY, raw]);
}

const stored = (page: Page) => page.evaluate((key) => localStorage.getItem(key), ANSWERS_KEY);

test('with storage disabled the page still works and says answers are not being saved', async ({
  page,
  textQuestion,
  textStep,
}) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  await page.goto(`${STUDY_URL}#${textStep}`);
  const alert = page.getByRole('alert').filter({ hasText: 'Answers not saved' });
  await expect(alert).toContainText('export your answers before you leave');
  await textbox(page, textQuestion).fill('Still works in memory');
  await expect(textbox(page, textQuestion)).toHaveValue('Still works in memory');
  await expect(page.getByRole('status').filter({ hasText: 'Not saved: browser storage is off' })).toBeVisible();
  const download = page.waitForEvent('download');
  await alert.getByRole('button', { name: 'Export my answers' }).click();
  await page.getByRole('textbox', { name: 'Your name' }).fill('Sam');
  await page.getByRole('dialog').getByRole('button', { name: 'Export' }).click();
  const file = JSON.parse(readFileSync((await (await download).path())!, 'utf8'));
  expect(file.answers).toContainEqual(expect.objectContaining({ questionId: textQuestion.question.id }));
});

test('with storage full the student is told, and what was saved before is kept', async ({
  page,
  textQuestion,
  textStep,
}) => {
  await page.goto(`${STUDY_URL}#${textStep}`);
  await textbox(page, textQuestion).fill('Saved before the disk filled up');
  await expect(savedStatus(page)).toBeVisible();
  const before = await stored(page);

  await page.evaluate(() => {
    Storage.prototype.setItem = function () {
      throw new DOMException('Quota exceeded', 'QuotaExceededError');
    };
  });
  await textbox(page, textQuestion).fill('A longer answer that no longer fits');
  await expect(page.getByRole('status').filter({ hasText: 'Not saved: browser storage is full' })).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: 'storage is full' })).toBeVisible();
  await expect(textbox(page, textQuestion)).toHaveValue('A longer answer that no longer fits');
  expect(await stored(page)).toBe(before);
});

test('corrupted saved data is never overwritten: the student can download it and start fresh', async ({
  page,
  textQuestion,
  textStep,
}) => {
  const garbage = '{"version":2,"lessonId":"oops","answers":';
  await seed(page, garbage);
  await page.clock.install();
  await page.goto(`${STUDY_URL}#${textStep}`);
  const alert = page.getByRole('alert').filter({ hasText: 'Your saved answers could not be opened' });
  await expect(alert).toContainText('could not be read');

  await textbox(page, textQuestion).fill('Typed while blocked');
  await page.clock.runFor(2000);
  expect(await stored(page)).toBe(garbage);

  const download = page.waitForEvent('download');
  await alert.getByRole('button', { name: 'Download saved data' }).click();
  expect(readFileSync((await (await download).path())!, 'utf8')).toBe(garbage);

  await alert.getByRole('button', { name: 'Start fresh' }).click();
  await page.getByRole('dialog', { name: 'Start fresh?' }).getByRole('button', { name: 'Start fresh' }).click();
  await expect(alert).toBeHidden();
  await expect(savedStatus(page)).toBeVisible();
  expect(JSON.parse((await stored(page))!).answers[textQuestion.question.id].text).toBe('Typed while blocked');
});

test('answers saved by a newer version of the app are left alone, with a clear message', async ({
  page,
  lesson,
  textQuestion,
  textStep,
}) => {
  const future = JSON.stringify({ version: 99, lessonId: lesson.id, answers: {} });
  await seed(page, future);
  await page.clock.install();
  await page.goto(`${STUDY_URL}#${textStep}`);
  await expect(page.getByRole('alert').filter({ hasText: 'could not be opened' })).toContainText(
    'newer version of this app (format 99)',
  );
  await textbox(page, textQuestion).fill('x');
  await page.clock.runFor(2000);
  expect(await stored(page)).toBe(future);
});

test('answers saved in the first format (version 1) are migrated and shown', async ({
  page,
  lesson,
  textQuestion,
  textStep,
}) => {
  await seed(
    page,
    JSON.stringify({
      version: 1,
      lessonId: lesson.id,
      savedAt: '2026-10-01T09:00:00.000Z',
      answers: { [textQuestion.question.id]: 'From the old format' },
    }),
  );
  await page.goto(`${STUDY_URL}#${textStep}`);
  await expect(textbox(page, textQuestion)).toHaveValue('From the old format');
  // Next's route announcer is an empty alert region; no message may be shown.
  await expect(page.getByRole('alert').filter({ hasText: /\S/ })).toHaveCount(0);
});

test('importing a file that is not teacher feedback explains why and changes nothing', async ({
  page,
  textQuestion,
  textStep,
}) => {
  await page.goto(`${STUDY_URL}#${textStep}`);
  await textbox(page, textQuestion).fill('Keep me');
  await expect(savedStatus(page)).toBeVisible();
  const input = page.getByLabel('Import teacher feedback');
  await input.setInputFiles({
    name: 'notes.json',
    mimeType: 'application/json',
    buffer: Buffer.from('not json at all'),
  });
  await expect(
    page.getByRole('status').getByText('"notes.json" is not a feedback file (it is not readable JSON).'),
  ).toBeVisible();
  const answerFile = { type: 'media-literacy-lesson/responses', version: 1 };
  await input.setInputFiles({
    name: 'mine.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(answerFile)),
  });
  await expect(page.getByRole('status').getByText(/is an answer file, not teacher feedback/)).toBeVisible();
  await expect(textbox(page, textQuestion)).toHaveValue('Keep me');
});
