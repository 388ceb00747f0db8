/**
 * Importing answer files into the review: a class of 30 with every kind of bad file, a .zip and a
 * drop, no IndexedDB, and a class of 1,000 shown a page at a time.
 */
import { lessonQuestions } from '../lib/lessons/analysis';
import { strToU8, zipSync } from 'fflate';
import { isAnswered } from '../lib/schemas/answer';
import { sampleClass } from '../lib/testing/sample-class';
import { answerOf, chooseQuestion, expect, importFiles, openReviewWith, openTab, test } from './fixtures/review';
import { classZip, DUPLICATE_NAME, REMOVED_QUESTION_ID } from './fixtures/review-class';

test('importing 30 files: each file gets its own plain-words result, and bad files never block good ones', async ({
  page,
  lesson,
  klass,
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

test('a .zip of exports and a drop of many files are imported, each file reported on its own', async ({
  page,
  lesson,
}) => {
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

test('without IndexedDB the review says so and keeps working in this tab', async ({ page, klass }) => {
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

test('a class of 1,000 is shown a page of answers at a time', async ({ page, lesson, textQuestion }) => {
  const PAGE = 20;
  const files = sampleClass(lesson, 1000, { seed: 9, completion: 1 });
  const zip = zipSync(Object.fromEntries(files.map((f, i) => [`s${i}.json`, strToU8(JSON.stringify(f))])));
  await openReviewWith(page, [{ name: 'year-group.zip', mimeType: 'application/zip', buffer: Buffer.from(zip) }], {
    timeout: 45_000,
  });
  await expect(page.getByText(/^Last import:/)).toContainText('1,000 imported');
  await openTab(page, 'By question');
  await chooseQuestion(page, textQuestion.question.id);
  const answering = files.filter((f) => isAnswered(answerOf(f, textQuestion.question.id))).length;
  await expect(page.getByText(`Showing 1–${PAGE} of ${answering.toLocaleString('en')}`)).toBeVisible();
  await expect(page.getByRole('article')).toHaveCount(PAGE);
  const lastPage = Math.ceil(answering / PAGE);
  await page
    .getByRole('button', { name: `Page ${lastPage}` })
    .first()
    .click();
  await expect(page.getByRole('article')).toHaveCount(answering - (lastPage - 1) * PAGE);

  // A marking question gives hundreds of distinct answers: the twenty most common are shown, then more on request.
  const distinct = (questionId: string) =>
    new Set(
      files
        .map((f) => answerOf(f, questionId))
        .flatMap((a) => (a?.kind === 'mark' ? [[...a.sentenceIds].sort().join()] : [])),
    ).size;
  const [mark] = lessonQuestions(lesson)
    .filter((q) => q.question.kind === 'mark')
    .sort((a, b) => distinct(b.question.id) - distinct(a.question.id));
  expect(distinct(mark!.question.id)).toBeGreaterThan(40);
  await chooseQuestion(page, mark!.question.id);
  const groups = page.getByRole('region', { name: /gave this answer/ });
  await expect(page.getByRole('heading', { name: /^Identical answers \(\d+ distinct answers\)$/ })).toBeVisible();
  await expect(groups).toHaveCount(20);
  await page.getByRole('button', { name: 'Show 20 more' }).click();
  await expect(groups).toHaveCount(40);
});
