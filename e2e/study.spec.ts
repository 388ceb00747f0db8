import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { exitTicketQuestions, lessonQuestions, type LocatedQuestion } from '../lib/lessons/analysis';
import { ResponseFileSchema } from '../lib/schemas/exchange';
import { ANSWERS_KEY, STUDY_URL, LESSON_ID } from './fixtures/lesson';
import { answerQuestion, expect, goToStep, questionCard, savedStatus, test } from './fixtures/study';

test('a student reads the content note, answers every question, exports, and finds it all after a reload', async ({
  page,
  lesson,
  study,
}) => {
  const { located, textQuestion, textStep } = study;
  await page.goto('/');
  await page.getByRole('link', { name: new RegExp(lesson.title) }).click();
  await expect(page.getByRole('heading', { level: 1, name: lesson.title })).toBeVisible();
  await expect(page.getByRole('heading', { name: lesson.contentNote.heading })).toBeVisible();
  await page.getByRole('link', { name: /Study on my own/ }).click();

  await expect(page.getByRole('heading', { name: lesson.contentNote.heading })).toBeVisible();
  await page.getByRole('button', { name: 'Start the first section' }).click();
  await expect(page.getByRole('heading', { level: 2, name: lesson.sections[0]!.title })).toBeFocused();

  for (const section of lesson.sections) {
    await expect(page.getByRole('heading', { level: 2, name: section.title })).toBeVisible();
    if (section === lesson.sections[0])
      await page.getByLabel('Notes on prompt 1 (optional)').fill('A private note, never handed in');
    const paragraph = section.paragraphs[0]!.sentences.map((s) => s.text).join(' ');
    await expect(page.getByRole('figure').getByText(paragraph, { exact: true })).toBeVisible();
    for (const { question, sectionId, number } of located.filter((q) => q.sectionId === section.id)) {
      await answerQuestion(page, lesson, question, sectionId, number);
    }
    await expect(
      page.getByText(`${section.questions.length} of ${section.questions.length} answered`).first(),
    ).toBeVisible();
    await page.getByRole('button', { name: /^Next:/ }).click();
  }
  await expect(page.getByRole('heading', { level: 2, name: lesson.wrapUp.title })).toBeVisible();
  for (const { question, number } of located.filter((q) => q.sectionId === null)) {
    await answerQuestion(page, lesson, question, null, number);
  }
  await page.getByRole('button', { name: /^Next: Exit ticket/ }).click();
  const exitTicket = exitTicketQuestions(lesson);
  expect(exitTicket).toHaveLength(3);
  for (const [i, { question }] of exitTicket.entries()) {
    const card = page.getByRole('listitem', { name: `Exit ticket ${i + 1}`, exact: true });
    await answerQuestion(page, lesson, question, null, card);
  }
  await page.getByRole('button', { name: /^Next: Hand in/ }).click();
  await expect(page.getByText(`You have answered ${located.length} of ${located.length} questions.`)).toBeVisible();

  const exportButton = page.getByRole('main').getByRole('button', { name: 'Export my answers' }).last();
  await exportButton.click();
  const dialog = page.getByRole('dialog', { name: 'Your name for the answer file' });
  await dialog.getByRole('button', { name: 'Export' }).click();
  await expect(dialog.getByText('Please enter your name.')).toBeVisible();
  await dialog.getByLabel('Your name').fill('Amira K.');
  const downloadPromise = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export' }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toBe(`amira-k-${LESSON_ID}-answers.json`);
  await expect(page.getByText(`Your answers were saved as “amira-k-${LESSON_ID}-answers.json”`)).toBeVisible();
  const file = ResponseFileSchema.parse(JSON.parse(readFileSync((await download.path())!, 'utf8')));
  expect(file.student.name).toBe('Amira K.');
  expect(file.lesson).toEqual({ id: lesson.id, version: lesson.version, title: lesson.title });
  expect(file.answers.map((a) => a.questionId)).toEqual([...located, ...exitTicket].map((q) => q.question.id));
  expect(JSON.stringify(file)).not.toContain('A private note');
  const textAnswer = file.answers.find((a) => a.questionId === textQuestion.question.id)!.answer;
  expect(textAnswer).toMatchObject({ kind: 'text', text: `Answer to ${textQuestion.question.id}` });

  await page.reload();
  await expect(page.getByText(`${located.length} of ${located.length} questions answered`)).toBeVisible();
  await expect(page.getByText('Name on your answer file:')).toContainText('Amira K.');
  await goToStep(page, textStep);
  await expect(questionCard(page, textQuestion.number).getByRole('textbox')).toHaveValue(
    `Answer to ${textQuestion.question.id}`,
  );
});

test.describe('nothing typed is lost', () => {
  const typed = 'Every character counts: “quotes”, é, 42!';

  test.beforeEach(async ({ page, textStep }) => {
    // A frozen clock: the debounced save never fires by itself, so only the page-exit flush can save.
    // Fixed dates, so the pause is never in the past whatever day the suite runs.
    await page.clock.install({ time: new Date('2026-01-05T08:00:00Z') });
    await page.clock.pauseAt(new Date('2026-01-05T09:00:00Z'));
    await page.goto(`${STUDY_URL}#${textStep}`);
  });

  async function typeAnswer(page: Page, textQuestion: LocatedQuestion) {
    const box = questionCard(page, textQuestion.number).getByRole('textbox');
    await box.pressSequentially(typed);
    await expect(page.getByRole('status').filter({ hasText: 'Saving…' })).toBeVisible();
    expect(await page.evaluate((key) => localStorage.getItem(key), ANSWERS_KEY)).toBeNull();
  }

  async function expectKept(page: Page, textQuestion: LocatedQuestion, textStep: string) {
    await page.goto(`${STUDY_URL}#${textStep}`);
    await expect(questionCard(page, textQuestion.number).getByRole('textbox')).toHaveValue(typed);
  }

  test('typing then reloading at once', async ({ page, textQuestion }) => {
    const { question } = textQuestion;
    if (question.kind !== 'text') throw new Error('The text-question fixture is not a text question.');
    const box = questionCard(page, textQuestion.number).getByRole('textbox');
    // The character count is written outside React's renders: it follows the typing and the reload.
    const count = new RegExp(`${typed.length} of ${question.maxLength} characters$`);
    await expect(box).toHaveAccessibleDescription(/ 0 of \d+ characters$/);
    await typeAnswer(page, textQuestion);
    await expect(box).toHaveAccessibleDescription(count);
    await page.reload();
    await expect(box).toHaveValue(typed);
    await expect(box).toHaveAccessibleDescription(count);
  });

  test('typing then closing the tab at once', async ({ page, context, textQuestion, textStep }) => {
    await typeAnswer(page, textQuestion);
    await page.close({ runBeforeUnload: true });
    const again = await context.newPage();
    await expectKept(again, textQuestion, textStep);
  });

  test('typing then following a link away at once', async ({ page, lesson, textQuestion, textStep }) => {
    await typeAnswer(page, textQuestion);
    await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link').first().click();
    await expect(page.getByRole('heading', { level: 1, name: lesson.title })).toBeVisible();
    await expectKept(page, textQuestion, textStep);
  });

  test('typing then going to another address at once', async ({ page, textQuestion, textStep }) => {
    await typeAnswer(page, textQuestion);
    await page.goto('/');
    await expectKept(page, textQuestion, textStep);
  });
});

test('two tabs see each other’s answers and neither overwrites the other', async ({ context, wholeLesson }) => {
  // On the extended path, which has written questions in more than one step (the core path has one).
  const located = lessonQuestions(wholeLesson);
  const stepOf = (q: LocatedQuestion) => q.sectionId ?? 'wrap-up';
  const texts = located.filter((q) => q.question.kind === 'text');
  const first = texts[0]!;
  const other = texts.find((q) => stepOf(q) !== stepOf(first))!;
  expect(other).toBeDefined();
  const url = `${STUDY_URL}?path=extended`;
  const [a, b] = [await context.newPage(), await context.newPage()];
  await a.goto(`${url}#${stepOf(first)}`);
  await b.goto(`${url}#${stepOf(other)}`);

  await questionCard(a, first.number).getByRole('textbox').fill('Written in tab A');
  await expect(savedStatus(a)).toBeVisible();
  await questionCard(b, other.number).getByRole('textbox').fill('Written in tab B');
  await expect(savedStatus(b)).toBeVisible();

  await goToStep(b, stepOf(first));
  await expect(questionCard(b, first.number).getByRole('textbox')).toHaveValue('Written in tab A');
  await goToStep(a, stepOf(other));
  await expect(questionCard(a, other.number).getByRole('textbox')).toHaveValue('Written in tab B');

  const stored = await a.evaluate((key) => JSON.parse(localStorage.getItem(key)!), ANSWERS_KEY);
  expect(stored.answers[first.question.id].text).toBe('Written in tab A');
  expect(stored.answers[other.question.id].text).toBe('Written in tab B');
  expect(stored.revision).toBeGreaterThanOrEqual(2);
});

test('print shows a clean sheet of questions and answers', async ({ page, lesson, study }) => {
  const { located, textQuestion, textStep } = study;
  await page.goto(`${STUDY_URL}#${textStep}`);
  await questionCard(page, textQuestion.number).getByRole('textbox').fill('My printed answer');
  await expect(savedStatus(page)).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  const sheet = page.locator('.print-sheet');
  await expect(sheet).toBeVisible();
  await expect(sheet.locator('.print-title')).toHaveText(lesson.title);
  await expect(sheet.getByText('My printed answer')).toBeVisible();
  await expect(sheet.getByRole('heading', { level: 2 })).toHaveCount(located.length);
  await expect(page.getByRole('navigation', { name: 'Lesson sections' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Export my answers' }).first()).toBeHidden();
  await page.emulateMedia({ media: 'screen' });
  await expect(sheet).toBeHidden();
});

test('clearing asks first, offers export, and then removes every answer', async ({ page, lesson, study }) => {
  const { located, textQuestion, textStep } = study;
  await page.goto(`${STUDY_URL}#${textStep}`);
  const box = questionCard(page, textQuestion.number).getByRole('textbox');
  await box.fill('To be cleared');
  await expect(savedStatus(page)).toBeVisible();

  await page.getByRole('button', { name: 'Clear my answers' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Clear all your answers?' });
  await expect(dialog.getByRole('button', { name: 'Export first' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(box).toHaveValue('To be cleared');

  await page.getByRole('button', { name: 'Clear my answers' }).first().click();
  await page.getByRole('dialog').getByRole('button', { name: 'Clear answers' }).click();
  // The next person at this computer starts at the content note.
  await expect(page).toHaveURL(/#start$/);
  await expect(page.getByRole('heading', { name: lesson.contentNote.heading })).toBeVisible();
  await page.goto(`${STUDY_URL}#${textStep}`);
  await expect(box).toHaveValue('');
  expect(await page.evaluate((key) => localStorage.getItem(key), ANSWERS_KEY)).toBeNull();
  await page.reload();
  await expect(page.getByText(`0 of ${located.length} questions answered`)).toBeVisible();
});

test('a text field brings no style sheet of its own and still notices a name the browser fills in', async ({
  page,
  textQuestion,
}) => {
  await page.goto(`${STUDY_URL}#${textQuestion.sectionId ?? 'wrap-up'}`);
  await questionCard(page, textQuestion.number).getByRole('textbox').fill('An answer.');
  const dialog = page.getByRole('dialog', { name: 'Your name for the answer file' });
  const exportButton = page.getByRole('button', { name: 'Export my answers' }).first();
  // A first opening may add the dialog's own style rules; every field mounted later must add nothing.
  await exportButton.click();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  const styleSheets = () => page.evaluate(() => document.querySelectorAll('style, link[rel="stylesheet"]').length);
  const withoutField = await styleSheets();
  await exportButton.click();
  const name = dialog.getByLabel('Your name');
  await expect(name).toBeVisible();
  expect(await styleSheets()).toBe(withoutField);

  // MUI's autofill detection still works: the field runs the animation whose start it listens for.
  expect(await name.evaluate((field) => getComputedStyle(field).animationName)).toBe('mui-auto-fill-cancel');
  const keyframes = await page.evaluate(() =>
    [...document.styleSheets]
      .flatMap((sheet) => [...sheet.cssRules])
      .filter((rule) => rule instanceof CSSKeyframesRule)
      .map((rule) => rule.name),
  );
  expect(keyframes).toEqual(expect.arrayContaining(['mui-auto-fill', 'mui-auto-fill-cancel']));
});
