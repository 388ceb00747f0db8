/**
 * The editor's last three steps and what the shared file is for: questions generated from the
 * analysis and edited, the preview and the check (a problem moves to its field), the download; then
 * the file opened by a student in a fresh browser (answer, export) and by a teacher (review the
 * answer file by question, project with the presenter view in step).
 */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from '@playwright/test';
import { addGeneratedQuestions } from '../lib/author/question-drafts';
import { newDraft } from '../lib/author/new-draft';
import { LessonFileSchema } from '../lib/schemas/lesson-file';
import type { LessonDraft } from '../lib/schemas/lesson-draft';
import { lessonQuestions, MODE_LABELS, TAG_LABELS } from '../lib/lessons/analysis';
import { buildSlides } from '../lib/present/build-slides';
import type { Lesson, Mode, Tag } from '../lib/schemas/lesson';
import { ResponseFileSchema } from '../lib/schemas/exchange';
import { expectNoAxeViolations } from './fixtures/axe';
import { expect, test } from './fixtures/lesson';
import { answerCard, chooseQuestion, openTab } from './fixtures/review';
import { answerQuestion, goToStep } from './fixtures/study';
import { WIRE_STORY, WIRE_STORY_LESSON_ID, WIRE_STORY_SOURCE } from './fixtures/wire-story';

const PEOPLE = [
  { id: 'amina-okafor', name: 'Amina Okafor', identification: 'Named', role: 'Ministry spokesperson' },
  { id: 'a-developer', name: 'A developer', identification: 'Unnamed', role: 'Worked on the app' },
] as const;

/** Each sentence's analysis, in the order the editor offers them (the split quotation left as two). */
const ANALYSIS: { voice: string; mode: Mode; tags: Tag[] }[] = [
  { voice: 'The unnamed author', mode: 'author-claim', tags: ['legal-claim'] },
  { voice: 'Amina Okafor', mode: 'direct-quote', tags: [] },
  { voice: 'Amina Okafor', mode: 'paraphrase', tags: ['statistic-or-generalisation'] },
  { voice: 'A developer', mode: 'paraphrase', tags: ['anonymised'] },
  { voice: 'A developer', mode: 'direct-quote', tags: ['anonymised'] },
  { voice: 'A developer', mode: 'direct-quote', tags: ['anonymised'] },
  { voice: 'The unnamed author', mode: 'author-claim', tags: ['statistic-or-generalisation'] },
  { voice: 'The unnamed author', mode: 'author-claim', tags: [] },
];

const editorStep = (page: Page, number: number) =>
  page.getByRole('navigation', { name: 'Editor steps' }).getByRole('button', { name: new RegExp(`^${number}\\. `) });
const sectionOf = (page: Page, number: number) =>
  page.getByRole('region', { name: new RegExp(`^Section ${number}: `) });

async function writeTheDraft(page: Page) {
  await page.goto('/author');
  await page.getByLabel('The report').fill(WIRE_STORY);
  await page.getByLabel('Title', { exact: true }).fill(WIRE_STORY_SOURCE.title);
  await page.getByLabel('Outlet').fill(WIRE_STORY_SOURCE.outlet);
  await page.getByLabel('Lesson id').fill(WIRE_STORY_LESSON_ID);
  await editorStep(page, 3).click();
  const addPerson = page.getByRole('form', { name: 'Add a person' });
  for (const person of PEOPLE) {
    await addPerson.getByLabel('Name (new person)').fill(person.name);
    await addPerson.getByLabel('Identified as (new person)').click();
    await page.getByRole('option', { name: person.identification, exact: true }).click();
    await addPerson.getByLabel('Role in the report (new person)').fill(person.role);
    await addPerson
      .getByLabel('How the report identifies them (new person)')
      .fill(`${person.identification} in the report.`);
    await addPerson.getByRole('button', { name: 'Add this person' }).click();
  }
  for (const [i, sentence] of ANALYSIS.entries()) {
    await expect(page.getByText(`Sentence ${i + 1} of ${ANALYSIS.length}`)).toBeVisible();
    await page.getByLabel('Whose voice').selectOption({ label: sentence.voice });
    await page.getByRole('radio', { name: MODE_LABELS[sentence.mode], exact: true }).check();
    for (const tag of sentence.tags) await page.getByRole('checkbox', { name: TAG_LABELS[tag] }).check();
    if (i < ANALYSIS.length - 1) await page.getByRole('button', { name: 'Next sentence' }).click();
  }
}

async function downloadLesson(page: Page): Promise<{ path: string; lesson: Lesson }> {
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: `Download ${WIRE_STORY_LESSON_ID}.lesson.json` }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toBe(`${WIRE_STORY_LESSON_ID}.lesson.json`);
  const path = (await download.path())!;
  const file = LessonFileSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
  return { path, lesson: file.lesson };
}

async function openAsFile(browser: Browser, path: string) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto('/');
  await page.getByLabel('Lesson file').setInputFiles(path);
  await expect(page.getByRole('main').getByRole('status')).toContainText('Opened');
  return { context, page };
}

const openedCard = (page: Page, lesson: Lesson) =>
  page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: lesson.title }) });

test('a teacher writes questions, previews, checks and shares a lesson that students and the review use', async ({
  page,
  browser,
}) => {
  test.slow();
  await writeTheDraft(page);

  await editorStep(page, 4).click();
  await sectionOf(page, 3)
    .getByRole('button', { name: /^Generate the source questions/ })
    .click();
  await expect(sectionOf(page, 3).getByRole('status')).toHaveText('Added 2 questions from the analysis.');
  await expect(sectionOf(page, 3).getByRole('heading', { name: /^Question \d: Mark in the text$/ })).toHaveCount(2);
  for (const n of [1, 2])
    await sectionOf(page, n)
      .getByRole('button', { name: /^Generate the source questions/ })
      .click();
  const quoted = sectionOf(page, 2).getByRole('region', { name: 'Question 1: Mark in the text' });
  await expect(quoted).toContainText('Key: the sentences of this section with kind direct-quote');
  await quoted.getByLabel('Question', { exact: true }).fill('Mark the words the spokesperson said herself.');

  const four = sectionOf(page, 4);
  await four.getByRole('button', { name: 'Add a choice question' }).click();
  const choice = four.getByRole('region', { name: 'Question 1: Single choice' });
  await expect(choice.getByLabel('Question', { exact: true })).toBeFocused();
  await choice.getByLabel('Question', { exact: true }).fill('Who says drivers share codes anyway?');
  await choice
    .getByLabel('Option 1', { exact: true })
    .fill('The writer, without a source, and in a much longer sentence');
  await expect(choice.getByRole('status')).toContainText('the next-longest (at most 1.25x)');
  await choice.getByLabel('Option 1', { exact: true }).fill('The writer');
  await choice.getByLabel('Option 2', { exact: true }).fill('The court');
  await choice.getByLabel('Option 3', { exact: true }).fill('The ministry');
  await expect(choice.getByRole('status')).toHaveCount(0);
  await four.getByRole('button', { name: 'Add a free-text question' }).click();
  const textQuestion = four.getByRole('region', { name: 'Question 2: Written answer' });
  await textQuestion.getByLabel('Question', { exact: true }).fill('Whose voice is missing from this report?');
  await expectNoAxeViolations(page, { where: 'editor step 4' });

  for (const n of [1, 2, 3]) await sectionOf(page, n).getByLabel('Summary').fill(`What section ${n} reports.`);
  await editorStep(page, 5).click();
  const check = page.getByRole('region', { name: 'Check', exact: true });
  await expect(check.getByRole('status')).toContainText('Fix the first group before sharing');
  await check.getByRole('button', { name: 'Fix it in step 4: section 4 › summary' }).click();
  const summary = sectionOf(page, 4).getByLabel('Summary');
  await expect(summary).toBeFocused();
  await summary.fill('What the writer adds at the end.');

  await editorStep(page, 5).click();
  await expect(check.getByRole('status')).toContainText('The lesson can be shared.');
  await expect(check).toContainText('a taught lesson needs "taxonomy"');
  const deck = page.getByRole('region', { name: 'The deck' });
  await deck.getByRole('button', { name: 'Next slide' }).click();
  await expect(deck.getByRole('status')).toHaveText(/^Slide 2 of \d+: /);
  await expectNoAxeViolations(page, { where: 'editor step 5' });
  const [studyPreview] = await Promise.all([
    page.context().waitForEvent('page'),
    page.getByRole('link', { name: /^Preview the study page/ }).click(),
  ]);
  // A new tab loads the whole study page under the machine's load: wait for it, not for a time.
  await studyPreview.waitForLoadState('load');
  await expect(studyPreview.getByRole('navigation', { name: 'Lesson sections' })).toBeVisible({ timeout: 20_000 });
  await expect(studyPreview.getByRole('banner')).toContainText('Preview of your draft');
  await studyPreview.close();

  await editorStep(page, 6).click();
  const { path, lesson } = await downloadLesson(page);
  await expectNoAxeViolations(page, { where: 'editor step 6' });
  expect(lesson.id).toBe(WIRE_STORY_LESSON_ID);
  expect(lesson.sections[1]!.questions[0]!.prompt).toBe('Mark the words the spokesperson said herself.');
  expect(lesson.sections.flatMap((s) => s.questions.map((q) => q.kind))).toEqual([
    'mark',
    'mark',
    'mark',
    'mark',
    'single',
    'text',
  ]);

  // A student, in a browser that has never seen the editor.
  const student = await openAsFile(browser, path);
  await openedCard(student.page, lesson).getByRole('link', { name: 'Self-study' }).click();
  const written = lessonQuestions(lesson).find((q) => q.question.kind === 'text')!;
  await expect(student.page.getByRole('navigation', { name: 'Lesson sections' })).toBeVisible();
  await goToStep(student.page, written.sectionId!);
  await answerQuestion(student.page, lesson, written.question, written.sectionId, written.number);
  await student.page.getByRole('main').getByRole('button', { name: 'Export my answers' }).last().click();
  const dialog = student.page.getByRole('dialog', { name: 'Your name for the answer file' });
  await dialog.getByLabel('Your name').fill('Amira K.');
  const answerDownload = student.page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export' }).click();
  // Read before the student's browser closes: its downloads go with it.
  const answerText = readFileSync((await (await answerDownload).path())!, 'utf8');
  expect(ResponseFileSchema.parse(JSON.parse(answerText)).lesson.id).toBe(lesson.id);
  const answerFile = { name: 'amira.json', mimeType: 'application/json', buffer: Buffer.from(answerText) };
  await student.context.close();

  // The teacher, in another browser: the review by question, then the deck with its presenter view.
  const teacher = await openAsFile(browser, path);
  await openedCard(teacher.page, lesson).getByRole('link', { name: 'Review answers' }).click();
  await teacher.page.getByLabel('Choose files').setInputFiles(answerFile);
  await expect(teacher.page.getByText(/^Last import:/)).toContainText('1 imported');
  await openTab(teacher.page, 'By question');
  await chooseQuestion(teacher.page, written.question.id);
  await expect(answerCard(teacher.page, 'Amira K.')).toContainText(`Answer to ${written.question.id}`);

  const slides = buildSlides(lesson);
  await teacher.page.goto('/');
  await openedCard(teacher.page, lesson).getByRole('link', { name: 'Present' }).click();
  const current = teacher.page.locator('main section[aria-roledescription="slide"]');
  await expect(current).toHaveAttribute('data-slide-id', slides[0]!.id);
  await teacher.page.mouse.move(10, 10);
  const [presenter] = await Promise.all([
    teacher.context.waitForEvent('page'),
    teacher.page
      .getByRole('toolbar', { name: 'Presentation controls' })
      .getByRole('button', { name: 'Presenter view' })
      .click(),
  ]);
  const nowShowing = presenter.getByRole('heading', { level: 2, name: /^Now showing:/ });
  await expect(nowShowing).toContainText(`Slide 1 of ${slides.length}`);
  await presenter.keyboard.press('ArrowRight');
  await expect(current).toHaveAttribute('data-slide-id', slides[1]!.id);
  await teacher.page.keyboard.press('ArrowRight');
  await expect(nowShowing).toContainText(`Slide 3 of ${slides.length}`);
  await teacher.context.close();
});

/** The wire story analysed as in the test above, with the generated questions: steps 4-6 have content. */
function seededDraft(): LessonDraft {
  const draft = newDraft(WIRE_STORY_LESSON_ID, WIRE_STORY, WIRE_STORY_SOURCE);
  draft.people.push(
    ...PEOPLE.map((p) => ({
      id: p.id,
      name: p.name,
      kind: 'person' as const,
      role: p.role,
      identification: p.identification === 'Named' ? ('named' as const) : ('unnamed' as const),
      identificationNote: `${p.identification} in the report.`,
    })),
  );
  const voiceId = (name: string) => draft.people.find((p) => p.name === name)!.id;
  const sentences = draft.sections.flatMap((s) => s.paragraphs.flatMap((p) => p.sentences));
  sentences.forEach((sentence, i) => {
    const analysis = ANALYSIS[i]!;
    Object.assign(sentence, { voice: voiceId(analysis.voice), mode: analysis.mode, tags: analysis.tags });
  });
  draft.sections.forEach((section, i) => (section.summary = `What section ${i + 1} reports.`));
  return draft.sections.reduce((next, _, i) => addGeneratedQuestions(next, i), draft);
}

for (const scheme of ['light', 'dark'] as const) {
  test(`the editor's steps 4-6 pass axe (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/');
    const stored = { version: 1, savedAt: new Date().toISOString(), step: 'questions', draft: seededDraft() };
    await page.evaluate(
      (value) => localStorage.setItem('media-literacy.author-draft.v1', value),
      JSON.stringify(stored),
    );
    await page.goto('/author');
    await page.getByRole('button', { name: 'Resume' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Step 4 of 6: Questions and prompts' })).toBeVisible();
    await expectNoAxeViolations(page, { where: `step 4 (${scheme})` });
    await editorStep(page, 5).click();
    await expect(page.getByRole('region', { name: 'The deck' })).toBeVisible();
    await expectNoAxeViolations(page, { where: `step 5 (${scheme})` });
    await editorStep(page, 6).click();
    await expect(page.getByRole('button', { name: /^Download / })).toBeVisible();
    await expectNoAxeViolations(page, { where: `step 6 (${scheme})` });
  });
}
