/**
 * The teacher's feedback and what leaves the review: saved as typed and kept across a reload, the
 * marks CSV, and a feedback file the student imports on the study page.
 */
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { FeedbackFileSchema } from '../lib/schemas/exchange';
import { indexLesson } from '../lib/review/lesson-index';
import { STUDY_URL } from './fixtures/lesson';
import { answerCard, chooseQuestion, chooseStudent, expect, openReviewWith, openTab, test } from './fixtures/review';
import {
  DUPLICATE_NAME,
  INJECTION_ANSWER,
  INJECTION_NAME,
  NEWER_TEXT,
  XSS_ANSWER,
  XSS_NAME,
} from './fixtures/review-class';

test('feedback is saved as the teacher types and kept across a reload; clearing asks first', async ({
  page,
  review,
}) => {
  const { klass, textQuestion } = review;
  await openReviewWith(page, klass.files);
  await openTab(page, 'By question');
  await chooseQuestion(page, textQuestion.question.id);
  const card = answerCard(page, 'Amira A.');
  await card.getByRole('radio', { name: 'Met' }).check();
  await card.getByLabel('Comment').fill('Clear, and you name the sentence.');
  await expect(card.getByRole('status')).toHaveText('Saved');

  await openTab(page, 'By student');
  await chooseStudent(page, 'Bilal A.');
  await page.getByLabel('Overall comment').fill('Come and see me about question 2.');
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();

  await page.reload();
  await openTab(page, 'By question');
  await chooseQuestion(page, textQuestion.question.id);
  await expect(card.getByRole('radio', { name: 'Met' })).toBeChecked();
  await expect(card.getByLabel('Comment')).toHaveValue('Clear, and you name the sentence.');
  await openTab(page, 'By student');
  await chooseStudent(page, 'Bilal A.');
  await expect(page.getByLabel('Overall comment')).toHaveValue('Come and see me about question 2.');

  await openTab(page, 'Import');
  await page.getByRole('button', { name: 'Clear review data' }).click();
  await page
    .getByRole('dialog', { name: 'Clear the review data?' })
    .getByRole('button', { name: 'Keep everything' })
    .click();
  await expect(page.getByRole('heading', { name: `Students loaded (${klass.students.size})` })).toBeVisible();
  await page.getByRole('button', { name: 'Clear review data' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Clear review data' }).click();
  await expect(page.getByRole('heading', { name: 'Students loaded (0)' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Students loaded (0)' })).toBeVisible();
});

test('the marks CSV has a row per student and neutralises formulas', async ({ page, lesson, review }) => {
  const { klass, textQuestion } = review;
  await openReviewWith(page, klass.files);
  await openTab(page, 'By question');
  await chooseQuestion(page, textQuestion.question.id);
  const amira = answerCard(page, 'Amira A.');
  await amira.getByRole('radio', { name: 'Met' }).check();
  await amira.getByLabel('Comment').fill('=SUM(A1:A9)');
  await expect(amira.getByRole('status')).toHaveText('Saved');
  const lena = answerCard(page, INJECTION_NAME);
  await lena.getByRole('radio', { name: 'Partly' }).check();
  await expect(lena.getByRole('status')).toHaveText('Saved');

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export marks (CSV)' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(`${lesson.id}-marks.csv`);
  const text = readFileSync((await download.path())!, 'utf8');
  expect(text.startsWith('\uFEFF')).toBe(true);
  const parsed = Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  const rows = parsed.data;
  expect(rows).toHaveLength(klass.students.size);
  const n = textQuestion.number;
  expect(parsed.meta.fields).toEqual([
    'Student',
    'Exported at',
    // The exit ticket's items are scored too: they follow the questions.
    ...indexLesson(lesson).questions.flatMap((q) => [
      `Q${q.number} answer`,
      `Q${q.number} score`,
      `Q${q.number} score origin`,
      `Q${q.number} comment`,
    ]),
    'Total score',
    'Overall comment',
  ]);

  const row = (student: string) => rows.find((r) => r.Student === student);
  const met = lesson.rubric.find((l) => l.id === 'met')!;
  const partly = lesson.rubric.find((l) => l.id === 'partly')!;
  expect(row('Amira A.')).toMatchObject({
    [`Q${n} score`]: String(met.points),
    [`Q${n} score origin`]: 'Teacher',
    [`Q${n} comment`]: "'=SUM(A1:A9)",
    'Total score': String(met.points),
  });
  expect(row(`'${INJECTION_NAME}`)).toMatchObject({
    [`Q${n} answer`]: `'${INJECTION_ANSWER}`,
    [`Q${n} score`]: String(partly.points),
  });
  expect(row(XSS_NAME)).toMatchObject({ [`Q${n} answer`]: XSS_ANSWER });
  expect(row(DUPLICATE_NAME.toLowerCase())).toMatchObject({ [`Q${n} answer`]: NEWER_TEXT });
  for (const r of rows) for (const cell of Object.values(r)) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
});

test('a student imports their feedback file on the study page and sees it', async ({ page, klass, textQuestion }) => {
  await openReviewWith(page, klass.files);
  await openTab(page, 'By student');
  await chooseStudent(page, 'Amira A.');
  const card = answerCard(page, new RegExp(`^Q${textQuestion.number}\\.`));
  await card.getByRole('radio', { name: 'Met' }).check();
  await card.getByLabel('Comment').fill('You named two searches and said why: well done.');
  await expect(card.getByRole('status')).toHaveText('Saved');

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download feedback file' }).click();
  const download = await downloading;
  const path = (await download.path())!;
  const file = FeedbackFileSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
  expect(file.student.name).toBe('Amira A.');
  expect(file.feedback).toEqual([
    {
      questionId: textQuestion.question.id,
      levelId: 'met',
      levelLabel: 'Met',
      comment: 'You named two searches and said why: well done.',
      origin: 'teacher',
    },
  ]);

  await page.goto(STUDY_URL);
  await page.getByLabel('Import teacher feedback').setInputFiles(path);
  await page.goto(`${STUDY_URL}#${textQuestion.sectionId}`);
  const feedback = page.getByRole('region', { name: 'Teacher feedback' });
  await expect(feedback).toContainText('Met');
  await expect(feedback).toContainText('You named two searches and said why: well done.');
});
