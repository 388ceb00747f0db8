/**
 * Student identity in the review (issue 8): students are told apart by the random id in their
 * answer file, not by name. Crafted files (lib/testing/sample-class.ts) and a real CSV download; each
 * test checks what the teacher sees and what the browser has stored. The study side is in
 * faults-identity-study.spec.ts.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import Papa from 'papaparse';
import { normaliseStudentName } from '../lib/exchange/student-name';
import { formatDateTime } from '../lib/review/format';
import { NO_ID_NOTE } from '../lib/review/merge';
import type { ResponseFile } from '../lib/schemas/exchange';
import { sampleResponseFile, sampleStudentId } from '../lib/testing/sample-class';
import { answerCard, chooseStudent, expect, importFiles, openTab, test } from './fixtures/review';
import { json, REVIEW_URL, withText } from './fixtures/review-class';
import { storedReview } from './fixtures/stored-review';

const march = (day: number, hour = 9) => new Date(Date.UTC(2025, 2, day, hour));

/** The label the review gives one of two namesakes: the name and when they exported, in the page's time zone. */
async function namesakeLabel(page: Page, file: ResponseFile) {
  const timeZone = await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone);
  return `${file.student.name} (exported ${formatDateTime(file.exportedAt, timeZone)})`;
}

async function openReview(page: Page) {
  await page.goto(REVIEW_URL);
  // Opening the saved review has no time limit here, as in openReviewWith (a loaded machine is slow).
  await page.getByRole('tab', { name: 'Import' }).waitFor();
}

const importNotes = (page: Page) => page.getByRole('region', { name: 'Imported, with a note' });
const notImported = (page: Page) => page.getByRole('region', { name: 'Not imported' });
const loaded = (page: Page, count: number) => page.getByRole('heading', { name: `Students loaded (${count})` });

test('two students with the same name are both kept, shown apart, and get their own feedback and CSV row', async ({
  page,
  lesson,
  textQuestion,
}) => {
  const first = withText(
    lesson,
    sampleResponseFile(lesson, 'Sam Same', { seed: 21, exportedAt: march(10), studentId: sampleStudentId('Sam 1') }),
    'The first Sam wrote this.',
  );
  const second = withText(
    lesson,
    sampleResponseFile(lesson, 'Sam Same', {
      seed: 22,
      exportedAt: march(10, 11),
      studentId: sampleStudentId('Sam 2'),
    }),
    'The second Sam wrote this.',
  );
  await openReview(page);
  await importFiles(page, [json('sam.json', first), json('sam (1).json', second)]);
  await expect(page.getByText(/^Last import:/)).toHaveText('Last import: 2 files: 2 imported; 0 not imported.');
  await expect(importNotes(page).getByRole('listitem').filter({ hasText: 'sam (1).json' })).toContainText(
    'Another student in this class is also called Sam Same; they are two students (different ids)',
  );
  await expect(loaded(page, 2)).toBeVisible();
  const labels = [await namesakeLabel(page, first), await namesakeLabel(page, second)];
  for (const label of labels) await expect(page.getByText(label, { exact: true })).toBeVisible();

  await openTab(page, 'By student');
  for (const [i, label] of labels.entries()) {
    await chooseStudent(page, label);
    const card = answerCard(page, new RegExp(`^Q${textQuestion.number}\\.`));
    await expect(card).toContainText(i === 0 ? 'The first Sam wrote this.' : 'The second Sam wrote this.');
    await card.getByLabel('Comment').fill(`Feedback for Sam number ${i + 1}.`);
    await expect(card.getByRole('status')).toHaveText('Saved');
  }

  const feedback = await storedReview(page, 'feedback');
  expect(feedback).toHaveLength(2);
  for (const [i, file] of [first, second].entries())
    expect(feedback).toContainEqual(
      expect.objectContaining({
        studentKey: `id:${file.student.id}`,
        questionId: textQuestion.question.id,
        value: expect.objectContaining({ comment: `Feedback for Sam number ${i + 1}.` }),
      }),
    );

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export marks (CSV)' }).click();
  const text = readFileSync((await (await downloading).path())!, 'utf8');
  const rows = Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true }).data;
  const n = textQuestion.number;
  expect(rows.map((r) => r.Student)).toEqual(labels);
  expect(rows[0]).toMatchObject({
    [`Q${n} answer`]: 'The first Sam wrote this.',
    [`Q${n} comment`]: 'Feedback for Sam number 1.',
  });
  expect(rows[1]).toMatchObject({
    [`Q${n} answer`]: 'The second Sam wrote this.',
    [`Q${n} comment`]: 'Feedback for Sam number 2.',
  });
});

test('a classmate’s file dated 9999-12-31 is refused and the genuine re-export still imports', async ({
  page,
  lesson,
  textQuestion,
}) => {
  const name = 'Rosa Real';
  const genuine = (day: number, text: string) =>
    json(
      `rosa-${day}.json`,
      withText(lesson, sampleResponseFile(lesson, name, { seed: 31, exportedAt: march(day) }), text),
    );
  const forged = (studentId: string) =>
    withText(
      lesson,
      sampleResponseFile(lesson, name, { seed: 32, exportedAt: new Date('9999-12-31T00:00:00Z'), studentId }),
      'Written by a classmate.',
    );
  await openReview(page);
  await importFiles(page, [genuine(10, 'Rosa’s first export.')]);
  await importFiles(page, [
    json('rosa-forged.json', forged(sampleStudentId('A classmate'))),
    json('rosa-copied-id.json', forged(sampleStudentId(name))),
  ]);
  await expect(notImported(page).getByRole('listitem')).toHaveCount(2);
  for (const file of ['rosa-forged.json', 'rosa-copied-id.json'])
    await expect(notImported(page).getByRole('listitem').filter({ hasText: file })).toContainText(
      /exported on .*9999.*, which is in the future\. The student's computer clock is probably wrong/,
    );
  await expect(loaded(page, 1)).toBeVisible();

  await importFiles(page, [genuine(11, 'Rosa’s corrected export.')]);
  await expect(importNotes(page).getByRole('listitem').filter({ hasText: 'rosa-11.json' })).toContainText(
    /this export \(.+\) replaces an older one/,
  );
  await openTab(page, 'By student');
  await chooseStudent(page, name);
  await expect(answerCard(page, new RegExp(`^Q${textQuestion.number}\\.`))).toContainText('Rosa’s corrected export.');
  await expect(page.getByText('Written by a classmate.')).toHaveCount(0);
  const students = JSON.stringify(await storedReview(page, 'students'));
  expect(students).toContain('Rosa’s corrected export.');
  expect(students).not.toContain('Written by a classmate.');
  expect(students).not.toContain('9999');
});

test('a student who renamed is one student, shown as renamed', async ({ page, lesson }) => {
  const studentId = sampleStudentId('Jo Brown');
  const before = sampleResponseFile(lesson, 'Jo Brown', { seed: 41, exportedAt: march(10), studentId });
  const after = sampleResponseFile(lesson, 'Joanna Brown', { seed: 42, exportedAt: march(11), studentId });
  await openReview(page);
  await importFiles(page, [json('jo.json', before)]);
  await importFiles(page, [json('joanna.json', after)]);
  await expect(importNotes(page).getByRole('listitem').filter({ hasText: 'joanna.json' })).toContainText(
    'Same student as "Jo Brown" (same student id): they now give their name as "Joanna Brown".',
  );
  await expect(loaded(page, 1)).toBeVisible();
  await expect(page.getByText('Joanna Brown', { exact: true })).toBeVisible();
  await expect(page.getByText('Jo Brown', { exact: true })).toHaveCount(0);
  const students = await storedReview(page, 'students');
  expect(students).toEqual([
    expect.objectContaining({ key: `id:${studentId}`, file: expect.objectContaining({ student: after.student }) }),
  ]);
});

test('a version-1 answer file imports keyed by name, with a note saying so', async ({ page, lesson }) => {
  const { student, ...rest } = sampleResponseFile(lesson, 'Vera Old', { seed: 51, exportedAt: march(10) });
  const versionOne = { ...rest, version: 1, student: { name: student.name } };
  await openReview(page);
  await importFiles(page, [json('vera-v1.json', versionOne)]);
  await expect(importNotes(page).getByRole('listitem').filter({ hasText: 'vera-v1.json' })).toContainText(NO_ID_NOTE);
  await expect(loaded(page, 1)).toBeVisible();
  expect(await storedReview(page, 'students')).toEqual([
    expect.objectContaining({ key: `name:${normaliseStudentName('Vera Old')}` }),
  ]);
});
