import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { strToU8, zipSync } from 'fflate';
import Papa from 'papaparse';
import { lessonQuestions, markKey, markSentences } from '../lib/lessons/analysis';
import { isAnswered } from '../lib/schemas/answer';
import { FeedbackFileSchema } from '../lib/schemas/exchange';
import { sampleClass } from '../lib/review/testing/sample-class';
import {
  answerCard,
  answeredBy,
  answerOf,
  chooseQuestion,
  chooseStudent,
  expectNoHorizontalScroll,
  expectNoSeriousAxeViolations,
  importFiles,
  openReviewWith,
  openTab,
} from './fixtures/review';
import {
  buildReviewClass,
  classZip,
  DUPLICATE_NAME,
  firstQuestion,
  INJECTION_ANSWER,
  INJECTION_NAME,
  NEWER_TEXT,
  NEWER_VERSION_NAME,
  REMOVED_QUESTION_ID,
  XSS_ANSWER,
  XSS_NAME,
} from './fixtures/review-class';
import { loadLesson, STUDY_URL } from './fixtures/lesson';

const lesson = loadLesson();
const located = lessonQuestions(lesson);
const klass = buildReviewClass(lesson);
const names = [...klass.students.keys()];
const textQuestion = firstQuestion(lesson, 'text');
const singleQuestion = firstQuestion(lesson, 'single');
const markQuestion = firstQuestion(lesson, 'mark');
const plural = (n: number, word: string) => `${n} ${n === 1 ? word : `${word}s`}`;

test('importing 30 files: each file gets its own plain-words result, and bad files never block good ones', async ({
  page,
}) => {
  expect(klass.files).toHaveLength(30);
  await openReviewWith(page, klass.files);

  await expect(page.getByText(/^Last import:/)).toHaveText(
    'Last import: 30 files: 21 imported, of which 1 replaced an older export; 9 not imported.',
  );
  const notImported = page.getByRole('region', { name: 'Not imported' });
  await expect(notImported.getByRole('listitem')).toHaveCount(9);
  for (const { file, reason } of Object.values(klass.rejected)) {
    await expect(notImported.getByRole('listitem').filter({ hasText: file })).toContainText(reason);
  }

  const withNote = page.getByRole('region', { name: 'Imported, with a note' });
  await expect(withNote.getByRole('listitem').filter({ hasText: 'dana-tuesday.json' })).toContainText(
    /this export \(.+\) replaces an older one \(.+\)/,
  );
  const newer = withNote.getByRole('listitem').filter({ hasText: 'nadia-newer-version.json' });
  await expect(newer).toContainText(
    `Answered version ${lesson.version + 1} of the lesson (this is version ${lesson.version}); answers are matched by question id.`,
  );
  await expect(newer).toContainText(`1 answer is to a question this version no longer has (${REMOVED_QUESTION_ID})`);

  const imported = page.getByRole('region', { name: 'Imported', exact: true });
  await imported.getByRole('button', { name: 'Show the list' }).click();
  await expect(imported.getByRole('listitem').filter({ hasText: 'dana-monday.json' })).toContainText(
    `Imported ${DUPLICATE_NAME}`,
  );

  await expect(page.getByRole('heading', { name: `Students loaded (${klass.students.size})` })).toBeVisible();
  expect(await page.evaluate(() => Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted'))).toBe(false);

  // Importing the same files again adds nobody and says why for each.
  await importFiles(
    page,
    klass.files.filter((f) => f.name === 'amira-a-answers.json'),
  );
  await expect(page.getByText(/^Last import:/)).toHaveText('Last import: 1 file: 0 imported; 1 not imported.');
  await expect(page.getByRole('region', { name: 'Not imported' })).toContainText(
    /this export of Amira A\. .+ is already loaded/,
  );
});

test('a .zip of exports and a drop of many files are imported, each file reported on its own', async ({ page }) => {
  await openReviewWith(page, [classZip(lesson, ['Zara One', 'Zeno Two', 'Zoe Three'])]);
  await expect(page.getByText(/^Last import:/)).toHaveText(
    'Last import: 1 file (3 counting the files inside .zip files): 3 imported; 0 not imported.',
  );
  await page.getByRole('region', { name: 'Imported', exact: true }).getByRole('listitem').first().waitFor();
  await expect(page.getByRole('region', { name: 'Imported', exact: true })).toContainText(
    'class.zip › class/zara-one-answers.json',
  );

  const dropped = sampleClass(lesson, 2, { seed: 77 }).map((file, i) => ({
    name: `dropped-${i}.json`,
    text: JSON.stringify(file),
  }));
  const dataTransfer = await page.evaluateHandle((files) => {
    const transfer = new DataTransfer();
    for (const f of files) transfer.items.add(new File([f.text], f.name, { type: 'application/json' }));
    return transfer;
  }, dropped);
  await page.getByText('Drop all the answer files here').dispatchEvent('drop', { dataTransfer });
  await expect(page.getByText(/^Last import:/)).toHaveText('Last import: 2 files: 2 imported; 0 not imported.');
  await expect(page.getByRole('heading', { name: 'Students loaded (5)' })).toBeVisible();
});

test('by question: every answer beside the key points, with the class chart and the marking heat map', async ({
  page,
}) => {
  await openReviewWith(page, klass.files);
  await openTab(page, 'By question');

  await chooseQuestion(page, textQuestion.question.id);
  await expect(page.getByRole('heading', { level: 2 })).toHaveText(textQuestion.question.prompt);
  const answering = answeredBy(klass.students, textQuestion.question.id);
  await expect(page.getByRole('article')).toHaveCount(answering.length);
  await expect(answerCard(page, DUPLICATE_NAME.toLowerCase())).toContainText(NEWER_TEXT);
  const aside = page.getByRole('complementary', { name: 'Key points and class results' });
  for (const point of textQuestion.question.keyPoints) await expect(aside).toContainText(point.text);
  const silent = names.filter((n) => !answering.some((f) => f.student.name === n));
  if (silent.length)
    await expect(page.getByRole('region', { name: 'Students who did not answer' })).toContainText(silent[0]!);

  await chooseQuestion(page, singleQuestion.question.id);
  const chart = page.getByRole('figure', { name: /How the class answered/ });
  const choosing = answeredBy(klass.students, singleQuestion.question.id);
  await expect(chart).toContainText(`How the class answered (${plural(choosing.length, 'student')})`);
  if (singleQuestion.question.kind !== 'single') throw new Error('expected a single-choice question');
  for (const option of singleQuestion.question.options) {
    const count = choosing.filter((f) => {
      const answer = answerOf(f, singleQuestion.question.id);
      return answer?.kind === 'choice' && answer.optionIds.includes(option.id);
    }).length;
    await expect(chart.getByRole('listitem').filter({ hasText: option.text })).toContainText(plural(count, 'student'));
  }

  await chooseQuestion(page, markQuestion.question.id);
  if (markQuestion.question.kind !== 'mark') throw new Error('expected a mark question');
  const heat = page.getByRole('figure', { name: /What the class marked/ });
  const marking = answeredBy(klass.students, markQuestion.question.id);
  const key = new Set(markKey(lesson, markQuestion.question, markQuestion.sectionId));
  for (const sentence of markSentences(lesson, markQuestion.question, markQuestion.sectionId)) {
    const count = marking.filter((f) => {
      const answer = answerOf(f, markQuestion.question.id);
      return answer?.kind === 'mark' && answer.sentenceIds.includes(sentence.id);
    }).length;
    const expected = `(marked by ${count} of ${marking.length}${key.has(sentence.id) ? '; in the key' : ''})`;
    await expect(heat.locator('span', { hasText: sentence.text }).first()).toContainText(expected);
  }
});

test('by student: one whole sheet in lesson order, with notes for another lesson version', async ({ page }) => {
  await openReviewWith(page, klass.files);
  await openTab(page, 'By student');

  await chooseStudent(page, DUPLICATE_NAME.toLowerCase());
  const headings = await page.getByRole('article').getByRole('heading', { level: 4 }).allTextContents();
  expect(headings.map((h) => h.split('.')[0])).toEqual(located.map((q) => `Q${q.number}`));
  await expect(answerCard(page, new RegExp(`^Q${textQuestion.number}\\.`))).toContainText(NEWER_TEXT);

  await chooseStudent(page, NEWER_VERSION_NAME);
  await expect(page.getByText(`Answered version ${lesson.version + 1} of the lesson`)).toBeVisible();
  await expect(page.getByRole('region', { name: 'Answers to questions no longer in this lesson' })).toContainText(
    REMOVED_QUESTION_ID,
  );
});

test('feedback is saved as the teacher types and kept across a reload; clearing asks first', async ({ page }) => {
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

test('the marks CSV has a row per student and neutralises formulas', async ({ page }) => {
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
    ...located.flatMap((q) => [`Q${q.number} answer`, `Q${q.number} score`, `Q${q.number} comment`]),
    'Total score',
    'Overall comment',
  ]);

  const row = (student: string) => rows.find((r) => r.Student === student);
  const met = lesson.rubric.find((l) => l.id === 'met')!;
  const partly = lesson.rubric.find((l) => l.id === 'partly')!;
  expect(row('Amira A.')).toMatchObject({
    [`Q${n} score`]: String(met.points),
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

test('a student imports their feedback file on the study page and sees it', async ({ page }) => {
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
    },
  ]);

  await page.goto(STUDY_URL);
  await page.getByLabel('Import teacher feedback').setInputFiles(path);
  await page.goto(`${STUDY_URL}#${textQuestion.sectionId}`);
  const feedback = page.getByRole('region', { name: 'Teacher feedback' });
  await expect(feedback).toContainText('Met');
  await expect(feedback).toContainText('You named two searches and said why: well done.');
});

test('student text is shown as text: an answer with HTML shows literally and runs nothing', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await openReviewWith(page, klass.files);
  await expect(page.getByText(XSS_NAME, { exact: true }).first()).toBeVisible();
  await openTab(page, 'By question');
  await chooseQuestion(page, textQuestion.question.id);
  const card = answerCard(page, XSS_NAME);
  await expect(card.getByText(XSS_ANSWER, { exact: true })).toBeVisible();
  await openTab(page, 'By student');
  await chooseStudent(page, XSS_NAME);
  await expect(page.getByText(XSS_ANSWER, { exact: true })).toBeVisible();
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  expect(await page.locator('script', { hasText: 'alert(2)' }).count()).toBe(0);
  expect(dialogs).toEqual([]);
});

test('chosen answers go on the projector full screen, large, without any name; arrows move, Esc returns', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await openReviewWith(page, klass.files);
  await openTab(page, 'By question');
  await chooseQuestion(page, textQuestion.question.id);
  const chosen = answeredBy(klass.students, textQuestion.question.id).filter((f) =>
    [XSS_NAME, 'Bilal A.'].includes(f.student.name),
  );
  for (const file of chosen) await answerCard(page, file.student.name).getByLabel('Choose for projector').check();
  await expect(page.getByText('2 answers chosen for the projector')).toBeVisible();
  // The projector lists answers in the order they were chosen.
  const texts = chosen.map((f) => {
    const answer = answerOf(f, textQuestion.question.id);
    return answer?.kind === 'text' ? answer.text : '';
  });

  const show = page.getByRole('button', { name: 'Show on projector' });
  await show.click();
  const projector = page.getByRole('dialog', { name: textQuestion.question.prompt });
  await expect(projector).toContainText('Answer 1 of 2');
  await expect(projector).toContainText(texts[0]!);
  const shown = (await projector.textContent()) ?? '';
  for (const name of names) expect(shown).not.toContain(name);

  const smallest = await projector.evaluate((root) => {
    const sizes: number[] = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.textContent?.trim() && node.parentElement)
        sizes.push(parseFloat(getComputedStyle(node.parentElement).fontSize));
    }
    return Math.min(...sizes);
  });
  expect(smallest).toBeGreaterThanOrEqual(32);
  const contrast = await new AxeBuilder({ page })
    .include('[role="dialog"]')
    .withRules(['color-contrast-enhanced'])
    .analyze();
  expect(contrast.violations).toEqual([]);

  await page.keyboard.press('ArrowRight');
  await expect(projector).toContainText('Answer 2 of 2');
  await expect(projector).toContainText(texts[1]!);
  await page.keyboard.press('ArrowLeft');
  await expect(projector).toContainText('Answer 1 of 2');
  await page.keyboard.press('Escape');
  await expect(projector).toBeHidden();
  await expect(show).toBeFocused();
});

// The dark theme changes colours only, so it is checked for contrast; the light theme for everything.
for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds no serious or critical problems in any view (${scheme} theme)`, async ({ page }) => {
    const check = () => expectNoSeriousAxeViolations(page, scheme === 'dark' ? ['color-contrast'] : undefined);
    await page.emulateMedia({ colorScheme: scheme });
    await openReviewWith(page, klass.files);
    await check();
    await openTab(page, 'By question');
    await chooseQuestion(page, markQuestion.question.id);
    await check();
    await chooseQuestion(page, singleQuestion.question.id);
    await answerCard(page, 'Amira A.').getByLabel('Choose for projector').check();
    await check();
    await openTab(page, 'By student');
    await check();
    await openTab(page, 'Class overview');
    await check();
  });
}

test('every view works at 360 px wide without scrolling sideways', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await openReviewWith(page, klass.files);
  await expectNoHorizontalScroll(page);
  for (const tab of ['By question', 'By student', 'Class overview'] as const) {
    await openTab(page, tab);
    await expectNoHorizontalScroll(page);
  }
  await openTab(page, 'By question');
  await chooseQuestion(page, markQuestion.question.id);
  await expectNoHorizontalScroll(page);
});

test('without IndexedDB the review says so and keeps working in this tab', async ({ page }) => {
  await page.addInitScript(() =>
    Object.defineProperty(window, 'indexedDB', { get: () => undefined, configurable: true }),
  );
  await openReviewWith(page, klass.files.slice(0, 3));
  await expect(page.getByText(/This browser is not letting the review save/)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Students loaded (3)' })).toBeVisible();
  await openTab(page, 'By question');
  const card = page.getByRole('article').first();
  await card.getByRole('radio', { name: 'Partly' }).check();
  await expect(card.getByRole('status')).toHaveText('Kept in this tab only');
});

test('a class of 1,000 is shown a page of answers at a time', async ({ page }) => {
  const files = sampleClass(lesson, 1000, { seed: 9, completion: 1 });
  const zip = zipSync(Object.fromEntries(files.map((f, i) => [`s${i}.json`, strToU8(JSON.stringify(f))])));
  await openReviewWith(page, [{ name: 'year-group.zip', mimeType: 'application/zip', buffer: Buffer.from(zip) }]);
  await expect(page.getByText(/^Last import:/)).toContainText('1,000 imported');
  await openTab(page, 'By question');
  await chooseQuestion(page, textQuestion.question.id);
  const answering = files.filter((f) => isAnswered(answerOf(f, textQuestion.question.id))).length;
  await expect(page.getByText(`Showing 1–50 of ${answering.toLocaleString('en')}`)).toBeVisible();
  await expect(page.getByRole('article')).toHaveCount(50);
  const lastPage = Math.ceil(answering / 50);
  await page
    .getByRole('button', { name: `Page ${lastPage}` })
    .first()
    .click();
  await expect(page.getByRole('article')).toHaveCount(answering - (lastPage - 1) * 50);
});
