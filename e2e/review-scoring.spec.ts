/**
 * Review v2 (issue 12): a teacher scores a class of 30 with the key's suggestions and the keyboard.
 * The test counts the teacher's actions (clicks and key presses; choosing the next question is
 * counted apart) and prints them, then checks that the CSV holds every score with its origin.
 */
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { isAnswered } from '../lib/schemas/answer';
import type { ResponseFile } from '../lib/schemas/exchange';
import { sampleResponseFile, sampleStudentName } from '../lib/testing/sample-class';
import { expectNoAxeViolations } from './fixtures/axe';
import { answerOf, chooseQuestion, expect, openReviewWith, openTab, test } from './fixtures/review';
import type { FixtureFile } from './fixtures/review-class';
import type { Lesson } from '../lib/schemas/lesson';

const CLASS_SIZE = 30;

function sampleClassFiles(lesson: Lesson): { files: FixtureFile[]; students: ResponseFile[] } {
  const students = Array.from({ length: CLASS_SIZE }, (_, i) =>
    sampleResponseFile(lesson, sampleStudentName(i), { seed: i + 1, completion: 0.9 }),
  );
  const files = students.map((file, i) => ({
    name: `student-${i + 1}-answers.json`,
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(file)),
  }));
  return { files, students };
}

test('a class of 30: accept the suggestions per question, score written answers by keyboard, CSV has origins', async ({
  page,
  lesson,
  located,
}) => {
  test.setTimeout(180_000);
  const { files, students } = sampleClassFiles(lesson);
  const actions = { acceptAll: 0, keyboardStart: 0, scoreKeys: 0, questionChanges: 0 };
  await openReviewWith(page, files);
  await openTab(page, 'By question');

  for (const { question, number } of located) {
    await chooseQuestion(page, question.id);
    actions.questionChanges += 1;
    const answered = students.filter((s) => isAnswered(answerOf(s, question.id))).length;
    const progress = page.getByText(new RegExp(`^Q${number}:`));
    if (answered === 0) continue;
    if (question.kind === 'text') {
      await page.getByRole('button', { name: 'Score with the keyboard' }).press('Enter');
      actions.keyboardStart += 1;
      for (let i = 0; i < answered; i += 1) {
        // Met for the first answer of each question, Partly for the rest: digits 3 and 2.
        await expect(page.locator('[data-answer-key]:focus')).toHaveCount(1);
        await page.keyboard.press(i === 0 ? '3' : '2');
        actions.scoreKeys += 1;
      }
    } else {
      await page
        .getByRole('button', { name: /^Accept (all \d+ suggestions|the 1 suggestion) for this question$/ })
        .click();
      actions.acceptAll += 1;
    }
    await expect(progress).toHaveText(`Q${number}: Scored ${answered} of ${answered}`);
  }

  const keyed = located.filter((l) => l.question.kind !== 'text').length;
  const written = located.filter((l) => l.question.kind === 'text');
  const writtenAnswers = written.reduce(
    (n, l) => n + students.filter((s) => isAnswered(answerOf(s, l.question.id))).length,
    0,
  );
  console.log(
    `Review of ${CLASS_SIZE} students, ${located.length} questions: ` +
      `${actions.acceptAll} "Accept all" clicks for ${keyed} choice/mark questions; ` +
      `${actions.keyboardStart + actions.scoreKeys} key presses for ${writtenAnswers} written answers in ${written.length} questions ` +
      `(${actions.keyboardStart} to start, ${actions.scoreKeys} scores); ` +
      `${actions.questionChanges} question changes.`,
  );
  expect(actions.acceptAll).toBeLessThanOrEqual(keyed);
  expect(actions.keyboardStart + actions.scoreKeys).toBeLessThanOrEqual(2 * writtenAnswers);

  await openTab(page, 'Class overview');
  await expect(page.getByText(/^Class:/)).toHaveText(/^Class: Scored (\d+) of \1$/);

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export marks (CSV)' }).click();
  const text = readFileSync((await (await downloading).path())!, 'utf8');
  const rows = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), { header: true }).data.filter(
    (r) => r.Student,
  );
  expect(rows).toHaveLength(CLASS_SIZE);
  for (const student of students) {
    const row = rows.find((r) => r.Student === student.student.name);
    expect(row, student.student.name).toBeDefined();
    for (const { question, number } of located) {
      const answeredIt = isAnswered(answerOf(student, question.id));
      const origin = !answeredIt ? '' : question.kind === 'text' ? 'Teacher' : 'Suggested, accepted';
      expect(row?.[`Q${number} score origin`], `${student.student.name} Q${number}`).toBe(origin);
      expect(row?.[`Q${number} score`] !== '', `${student.student.name} Q${number} score`).toBe(answeredIt);
    }
  }
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds no serious problems in the scoring states (${scheme} theme)`, async ({ page, lesson }) => {
    const check = (where: string) =>
      expectNoAxeViolations(page, {
        where,
        seriousOnly: true,
        rules: scheme === 'dark' ? ['color-contrast'] : undefined,
      });
    await page.emulateMedia({ colorScheme: scheme });
    await openReviewWith(page, sampleClassFiles(lesson).files);
    await openTab(page, 'By question');
    const questions = lesson.sections.flatMap((s) => s.questions ?? []);
    const mark = questions.find((q) => q.kind === 'mark');
    const text = questions.find((q) => q.kind === 'text');
    if (!mark || !text) throw new Error('the lesson needs a mark and a text question');
    await chooseQuestion(page, mark.id);
    await check('suggestions and groups');
    await page
      .getByRole('button', { name: /^Show the \d+ students?$/ })
      .first()
      .click();
    await page
      .getByRole('button', { name: /^Accept “.+” for / })
      .first()
      .click();
    await check('one suggestion accepted');
    await page.getByRole('button', { name: /^Accept all \d+ suggestions/ }).click();
    await check('all accepted');
    await chooseQuestion(page, text.id);
    await page.getByRole('button', { name: 'Score with the keyboard' }).click();
    await page.keyboard.press('2');
    await check('needs a look, keyboard focus');
    await page.keyboard.press('c');
    await page.keyboard.type('Quote the report.');
    await page.locator('[data-answer-key]').nth(2).focus();
    await expect(page.getByRole('button', { name: 'Quote the report.' }).first()).toBeVisible();
    await check('reusable comment');
    await page.keyboard.press('?');
    await expect(page.getByRole('dialog')).toBeVisible();
    await check('shortcuts dialog');
    await page.keyboard.press('Escape');
    await openTab(page, 'Class overview');
    await check('scoring overview');
    await page
      .getByRole('button', { name: /needs a look, open these answers$/ })
      .first()
      .click();
    await expect(page.getByText(/^Showing the \d+ answers? that need a look/)).toBeVisible();
    await check('filtered from the overview');
  });
}
