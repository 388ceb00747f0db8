/**
 * Review v2 (issue 12): a teacher scores the 30-student sample class with the key's suggestions and
 * the keyboard. The test counts the teacher's actions (clicks and key presses; typing a comment is
 * counted apart, and so is choosing the next question), prints them, and checks that the gradebook
 * CSV and the feedback files hold every score with its origin.
 */
import { readFileSync } from 'node:fs';
import { unzipSync, strFromU8 } from 'fflate';
import Papa from 'papaparse';
import type { Page } from '@playwright/test';
import { isAnswered } from '../lib/schemas/answer';
import type { ResponseFile } from '../lib/schemas/exchange';
import { indexLesson } from '../lib/review/lesson-index';
import { questionText } from '../lib/review/question-text';
import { levelsByRank } from '../lib/review/scoring-keys';
import { suggestionFor } from '../lib/review/suggested-score';
import { expectNoAxeViolations } from './fixtures/axe';
import { answerOf, chooseQuestion, expect, openReviewWith, openTab, test } from './fixtures/review';
import { sampleClassFiles } from './fixtures/review-class';

const CLASS_SIZE = 30;
/** Kinds the lesson's key scores: accepted in one action per question. The rest are scored by keyboard. */
const KEYED_KINDS = new Set(['single', 'multiple', 'mark']);
/** Every fifth written answer gets a comment too. */
const COMMENT_EVERY = 5;

type Actions = { accept: number; tabs: number; start: number; scores: number; commentKeys: number };

/** A progress line ("Q3: Scored 12 of 30 · …"), by its bar, which the line names. */
const progress = (page: Page, label: string) => page.getByRole('progressbar', { name: new RegExp(`^${label}:`) });

async function download(page: Page, button: string): Promise<Buffer> {
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  return readFileSync((await (await downloading).path())!);
}

/** From the question picker, Tab to "Score with the keyboard" and press Enter, counting the keys. */
async function startKeyboardScoring(page: Page, actions: Actions) {
  await page.getByLabel('Question', { exact: true }).focus();
  const start = page.getByRole('button', { name: 'Score with the keyboard' });
  for (let tabs = 1; tabs <= 40; tabs += 1) {
    await page.keyboard.press('Tab');
    actions.tabs += 1;
    if (await start.evaluate((el) => el === document.activeElement)) break;
  }
  await expect(start).toBeFocused();
  await page.keyboard.press('Enter');
  actions.start += 1;
}

test('a class of 30: accept the suggestions per question, score written answers by keyboard; CSV and feedback files have origins', async ({
  page,
  lesson,
}) => {
  test.setTimeout(600_000);
  const { files, students } = sampleClassFiles(lesson, CLASS_SIZE);
  const index = indexLesson(lesson);
  // Every question the review scores: the lesson's, then the exit ticket's items.
  const located = index.questions;
  const levels = levelsByRank(lesson.rubric);
  const actions: Actions = { accept: 0, tabs: 0, start: 0, scores: 0, commentKeys: 0 };
  let questionChanges = 0;
  let commentsTyped = 0;
  // The teacher's keyboard scores: student name and question id -> rubric level id.
  const given = new Map<string, string>();
  await openReviewWith(page, files);
  await openTab(page, 'By question');

  const answeredBy = (questionId: string) => students.filter((s) => isAnswered(answerOf(s, questionId)));
  for (const { question, number } of located) {
    await chooseQuestion(page, question.id);
    questionChanges += 1;
    const answered = answeredBy(question.id).length;
    if (answered === 0) continue;
    if (KEYED_KINDS.has(question.kind)) {
      await page
        .getByRole('button', { name: /^Accept (all \d+ suggestions|the 1 suggestion) for this question$/ })
        .click();
      actions.accept += 1;
    } else {
      await startKeyboardScoring(page, actions);
      for (let i = 0; i < answered; i += 1) {
        const focused = page.locator('[data-answer-key]:focus');
        const name = (await focused.getByRole('heading').textContent()) ?? '';
        if (i % COMMENT_EVERY === 0) {
          await page.keyboard.press('c');
          await page.keyboard.type(`Quote the report for Q${number}.`);
          await page.keyboard.press('Escape');
          actions.commentKeys += 2;
          commentsTyped += 1;
          await expect(focused).toHaveCount(1);
        }
        const rank = i % levels.length;
        await page.keyboard.press(String(rank + 1));
        actions.scores += 1;
        given.set(`${name}|${question.id}`, levels[rank]!.id);
      }
    }
    await expect(progress(page, `Q${number}`)).toHaveAccessibleName(`Q${number}: Scored ${answered} of ${answered}`);
  }

  const keyed = located.filter((l) => KEYED_KINDS.has(l.question.kind) && answeredBy(l.question.id).length > 0);
  const written = located.filter((l) => !KEYED_KINDS.has(l.question.kind) && answeredBy(l.question.id).length > 0);
  const writtenAnswers = written.reduce((n, l) => n + answeredBy(l.question.id).length, 0);
  const perAnswer = (actions.start + actions.scores + actions.commentKeys) / writtenAnswers;
  console.log(
    `Review of ${CLASS_SIZE} students, ${located.length} questions: ` +
      `${actions.accept} actions ("Accept all") for ${keyed.length} choice/mark questions; ` +
      `${actions.start + actions.scores + actions.commentKeys} key presses for ${writtenAnswers} written answers in ${written.length} questions ` +
      `(${actions.start} Enter to start, ${actions.scores} scores, ${actions.commentKeys} C/Esc around ${commentsTyped} typed comments; ` +
      `${perAnswer.toFixed(2)} per answer, at most 1 per answer without a comment and 3 with one); ` +
      `plus ${actions.tabs} Tab presses to reach "Score with the keyboard" and ${questionChanges} question changes.`,
  );
  expect(actions.accept).toBe(keyed.length);
  expect(actions.scores).toBe(writtenAnswers);
  expect(actions.start + actions.scores + actions.commentKeys).toBeLessThanOrEqual(2 * writtenAnswers);

  await openTab(page, 'Class overview');
  await expect(progress(page, 'Class')).toHaveAccessibleName(/^Class: Scored (\d+) of \1$/);

  // What each student's score to each question should be, and where it came from.
  const expected = (student: ResponseFile, l: (typeof located)[number]) => {
    const answer = answerOf(student, l.question.id);
    if (!isAnswered(answer)) return null;
    if (KEYED_KINDS.has(l.question.kind)) {
      const level = suggestionFor(index, l, answer)!.level;
      return { level, origin: 'suggested-accepted' as const, csv: 'Suggested, accepted' };
    }
    const level = index.rubricById.get(given.get(`${student.student.name}|${l.question.id}`) ?? '');
    return { level: level!, origin: 'teacher' as const, csv: 'Teacher' };
  };

  const csv = (await download(page, 'Export marks (CSV)')).toString('utf8').replace(/^\uFEFF/, '');
  const rows = Papa.parse<Record<string, string>>(csv, { header: true }).data.filter((r) => r.Student);
  expect(rows).toHaveLength(CLASS_SIZE);
  for (const student of students) {
    const row = rows.find((r) => r.Student === student.student.name);
    expect(row, student.student.name).toBeDefined();
    for (const l of located) {
      const want = expected(student, l);
      const where = `${student.student.name} Q${l.number}`;
      expect(row?.[`Q${l.number} score`], where).toBe(want ? String(want.level.points) : '');
      expect(row?.[`Q${l.number} score origin`], where).toBe(want?.csv ?? '');
    }
  }

  const zip = unzipSync(new Uint8Array(await download(page, 'All feedback files (.zip)')));
  const feedbackFiles = Object.values(zip).map((bytes) => JSON.parse(strFromU8(bytes)));
  expect(feedbackFiles).toHaveLength(CLASS_SIZE);
  for (const student of students) {
    const file = feedbackFiles.find((f) => f.student.id === student.student.id);
    expect(file, student.student.name).toBeDefined();
    for (const l of located) {
      const want = expected(student, l);
      const entry = file.feedback.find((e: { questionId: string }) => e.questionId === l.question.id);
      const where = `${student.student.name} Q${l.number}`;
      if (!want) expect(entry, where).toBeUndefined();
      else expect(entry, where).toMatchObject({ levelId: want.level.id, origin: want.origin });
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
    // Eight full-page axe runs over thirty answer cards: slow on a loaded machine.
    test.setTimeout(480_000);
    await page.emulateMedia({ colorScheme: scheme });
    await openReviewWith(page, sampleClassFiles(lesson, CLASS_SIZE).files);
    await openTab(page, 'By question');
    const questions = lesson.sections.flatMap((s) => s.questions ?? []);
    const mark = questions.find((q) => q.kind === 'mark');
    const text = questions.find((q) => q.kind === 'text');
    if (!mark || !text) throw new Error('the lesson needs a mark and a text question');
    await chooseQuestion(page, mark.id);
    await expect(page.getByText(/^Suggested:/).first()).toBeVisible();
    await check('suggested chips and grouped rows');
    await page
      .getByRole('button', { name: /^Show the \d+ students?$/ })
      .first()
      .click();
    await check('a group opened');
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
    await page.keyboard.press('Escape');
    await expect(page.locator('[data-answer-key]:focus')).toHaveCount(1);
    await page.keyboard.press('j');
    await expect(page.getByRole('button', { name: 'Quote the report.' }).first()).toBeVisible();
    await check('reusable comment');
    await page.keyboard.press('?');
    await expect(page.getByRole('dialog')).toBeVisible();
    await check('shortcuts dialog');
    await page.keyboard.press('Escape');
    await openTab(page, 'Class overview');
    await check('scoring overview');
    await page
      .getByRole('button', { name: /needs? a look, open these answers$/ })
      .first()
      .click();
    await expect(page.getByText(/^Showing the \d+ answers? that need a look/)).toBeVisible();
    await check('filtered from the overview');
  });
}

test('the scoring keys reach every answer: J past the last answer of a page opens the next page, K comes back', async ({
  page,
  lesson,
  textQuestion,
}) => {
  const PAGE = 20;
  const { files } = sampleClassFiles(lesson, CLASS_SIZE);
  await openReviewWith(page, files);
  await openTab(page, 'By question');
  await chooseQuestion(page, textQuestion.question.id);
  await expect(page.getByRole('article')).toHaveCount(PAGE);
  await page.getByRole('button', { name: 'Score with the keyboard' }).click();
  const focused = page.locator('[data-answer-key]:focus');
  for (let i = 1; i < PAGE; i += 1) await page.keyboard.press('j');
  await expect(page.getByRole('article').last()).toBeFocused();
  const lastOfPage = (await focused.getAttribute('data-answer-key')) ?? '';
  // The turn is announced (a status), as focus alone names only the card.
  const where = page.getByRole('status').filter({ hasText: /^Showing / });
  await page.keyboard.press('j');
  await expect(where).toHaveText(new RegExp(`^Showing ${PAGE + 1}–\\d+ of`));
  await expect(page.getByRole('article').first()).toBeFocused();
  await page.keyboard.press('k');
  await expect(where).toHaveText(new RegExp(`^Showing 1–${PAGE} of`));
  await expect(focused).toHaveAttribute('data-answer-key', lastOfPage);
});

test('answer cards bring no style sheets of their own: a page of answers never makes the browser restyle the whole page', async ({
  page,
  lesson,
  textQuestion,
}) => {
  const { files } = sampleClassFiles(lesson, CLASS_SIZE);
  await openReviewWith(page, files);
  await openTab(page, 'By question');
  await chooseQuestion(page, textQuestion.question.id);
  const styleSheets = () => page.evaluate(() => document.querySelectorAll('style, link[rel="stylesheet"]').length);
  const show = page.getByLabel('Show', { exact: true });
  await show.selectOption('chosen');
  await expect(page.getByRole('article')).toHaveCount(0);
  const withoutCards = await styleSheets();
  await show.selectOption('all');
  await expect(page.getByRole('article')).toHaveCount(20);
  expect(await styleSheets()).toBe(withoutCards);
});

test('switching question takes the old answers away at once and then draws the new ones', async ({
  page,
  lesson,
  textQuestion,
  markQuestion,
}) => {
  const { files } = sampleClassFiles(lesson, CLASS_SIZE);
  await openReviewWith(page, files);
  await openTab(page, 'By question');
  await chooseQuestion(page, markQuestion.question.id);
  await expect(page.getByRole('heading', { name: /^Identical answers/ })).toBeVisible();
  await expect(page.getByRole('article').first()).toBeVisible();
  // Right after the switch has rendered (React renders a change at the next microtask), before any
  // later task: the new question is named and nothing of the old one is left on the page.
  const right = await page.getByLabel('Question', { exact: true }).evaluate(async (select, id) => {
    const option = [...(select as HTMLSelectElement).options].find((o) => o.value === id);
    if (option) option.selected = true;
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await Promise.resolve();
    return {
      heading: document.querySelector('h2')?.textContent ?? '',
      cards: document.querySelectorAll('article').length,
      groups: document.querySelectorAll('[aria-labelledby="answer-groups-title"]').length,
    };
  }, textQuestion.question.id);
  expect(right).toEqual({ heading: questionText(textQuestion.question), cards: 0, groups: 0 });
  await expect(page.getByRole('article')).toHaveCount(20);
  await expect(page.getByRole('complementary', { name: 'Key points and class results' })).toBeVisible();
});
