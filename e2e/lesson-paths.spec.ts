/**
 * Teaching paths: the teacher picks core (default) or extended on the lesson page, the study page
 * and the deck follow the path in the address, and an "also accepted" mark reads as accepted.
 */
import { readFileSync } from 'node:fs';
import { lessonQuestions } from '../lib/lessons/analysis';
import { pathCounts } from '../lib/lessons/teaching-path';
import { pathDecks } from '../lib/present/path-decks';
import { ResponseFileSchema } from '../lib/schemas/exchange';
import { expectNoAxeViolations } from './fixtures/axe';
import { LESSON_ID, STUDY_URL } from './fixtures/lesson';
import { currentSlide, PRESENT_URL } from './fixtures/present';
import { answerQuestion, expect, goToStep, questionCard, test } from './fixtures/study';

const LESSON_URL = `/lessons/${LESSON_ID}/`;

test('the lesson page offers both paths, core first, and its links carry the choice', async ({ page, wholeLesson }) => {
  const counts = pathCounts(wholeLesson);
  await page.goto(LESSON_URL);
  const picker = page.getByRole('radiogroup');
  const core = page.getByRole('radio', { name: /^Core path/ });
  await expect(core).toBeChecked();
  await expect(picker).toContainText(`${counts.core.questions} questions`);
  const study = page.getByRole('link', { name: /Study on my own/ });
  await expect(study).toHaveAttribute('href', STUDY_URL);

  await page.getByRole('radio', { name: /^Extended path/ }).check();
  await expect(study).toHaveAttribute('href', `${STUDY_URL}?path=extended`);
  await expect(page.getByRole('link', { name: /Present to a class/ })).toHaveAttribute(
    'href',
    `/lessons/${LESSON_ID}/present/?path=extended`,
  );
  expect(page.url()).toContain('?path=extended');
  await page.reload();
  await expect(page.getByRole('radio', { name: /^Extended path/ })).toBeChecked();
});

test('the core path end to end on the study page: only core questions, and the export says "core"', async ({
  page,
  lesson,
  wholeLesson,
}) => {
  const located = lessonQuestions(lesson);
  expect(located.length).toBe(pathCounts(wholeLesson).core.questions);
  await page.goto(STUDY_URL);
  await expect(page.getByText('Core path (one lesson)')).toBeVisible();
  for (const section of lesson.sections) {
    await goToStep(page, section.id);
    await expect(page.getByRole('heading', { level: 2, name: section.title })).toBeVisible();
    const here = located.filter((q) => q.sectionId === section.id);
    await expect(page.getByRole('main').getByRole('listitem', { name: /^Question \d+$/ })).toHaveCount(here.length);
    for (const { question, number } of here) await answerQuestion(page, lesson, question, section.id, number);
  }
  await goToStep(page, 'finish');
  await expect(page.getByText(`You have answered ${located.length} of ${located.length} questions.`)).toBeVisible();
  await page.getByRole('main').getByRole('button', { name: 'Export my answers' }).last().click();
  await page.getByRole('textbox', { name: 'Your name' }).fill('Core Student');
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('dialog').getByRole('button', { name: 'Export' }).click();
  const file = ResponseFileSchema.parse(JSON.parse(readFileSync((await (await downloadPromise).path())!, 'utf8')));
  expect(file.path).toBe('core');
  expect(file.answers.map((a) => a.questionId)).toEqual(located.map((q) => q.question.id));
});

test('the extended path shows every question on the study page', async ({ page, wholeLesson }) => {
  const all = lessonQuestions(wholeLesson);
  await page.goto(`${STUDY_URL}?path=extended#${wholeLesson.sections[0]!.id}`);
  await expect(page.getByText('Extended path (two lessons)')).toBeVisible();
  const here = all.filter((q) => q.sectionId === wholeLesson.sections[0]!.id);
  await expect(page.getByRole('main').getByRole('listitem', { name: /^Question \d+$/ })).toHaveCount(here.length);
});

test('the deck follows the path: the core deck is much shorter, end to end', async ({ page, wholeLesson }) => {
  const decks = pathDecks(wholeLesson);
  console.log(`Slides: core path ${decks.core.length}, extended path ${decks.extended.length}`);
  for (const path of ['core', 'extended'] as const) {
    const slides = decks[path];
    await page.goto(`${PRESENT_URL}${path === 'extended' ? '?path=extended' : ''}`);
    await expect(currentSlide(page)).toHaveAttribute('data-slide-id', slides[0]!.id);
    await expect(currentSlide(page).getByText(`Slide 1 of ${slides.length}`)).toBeVisible();
    await page.keyboard.press('End');
    await expect(currentSlide(page)).toHaveAttribute('data-slide-id', slides.at(-1)!.id);
  }
  const coreIds = new Set(decks.core.map((s) => s.id));
  const extensionQuestion = lessonQuestions(wholeLesson).find((q) => q.question.path === 'extension')!;
  expect(coreIds.has(extensionQuestion.question.id)).toBe(false);
  expect(decks.core.length).toBeLessThan(decks.extended.length);
});

/** A core "mark" question whose own section has an "also accepted" sentence. */
function acceptedCase(lesson: import('../lib/schemas/lesson').Lesson) {
  const located = lessonQuestions(lesson).find(
    ({ question, sectionId }) =>
      question.kind === 'mark' && !question.sections && sectionId && question.alsoAccepted.length > 0,
  )!;
  if (located.question.kind !== 'mark') throw new Error('expected a mark question');
  const accepted = located.question.alsoAccepted[0]!;
  const section = lesson.sections.find((s) => s.id === located.sectionId)!;
  const sentence = section.paragraphs.flatMap((p) => p.sentences).find((s) => s.id === accepted.sentenceId)!;
  return { located, accepted, sentence, sectionId: section.id };
}

for (const scheme of ['light', 'dark'] as const) {
  test(`an "also accepted" sentence is shown as accepted on the study page and in the deck (${scheme})`, async ({
    page,
    lesson,
    wholeLesson,
  }) => {
    await page.emulateMedia({ colorScheme: scheme });
    const { located, accepted, sentence, sectionId } = acceptedCase(lesson);
    await page.goto(`${STUDY_URL}#${sectionId}`);
    const card = questionCard(page, located.number);
    await card.getByRole('checkbox', { name: sentence.text, exact: true }).click();
    await card.getByRole('button', { name: 'Compare with the key' }).click();
    await expect(card.getByText('✓ also accepted')).toBeVisible();
    await expect(card.getByRole('note')).toContainText('1 more is also accepted');
    await expect(card.getByRole('note')).not.toContainText('not in the key');
    await expect(card.getByRole('region', { name: 'Also accepted' })).toContainText(accepted.reason);
    await expectNoAxeViolations(page, { where: `study, also accepted (${scheme})` });

    await page.goto(`${LESSON_URL}`);
    await expect(page.getByRole('radiogroup')).toBeVisible();
    await expectNoAxeViolations(page, { where: `lesson page, path picker (${scheme})` });

    // The question's passage may run over several slides: the one with the accepted sentence (other
    // questions' slides show the same sentence, e.g. as a key sentence of the direct-quotes question).
    const slide = pathDecks(wholeLesson).core.find(
      (s) =>
        s.kind === 'question' &&
        s.id.startsWith(located.question.id) &&
        s.body.type === 'mark' &&
        s.body.paragraphs.some((p) => p.sentences.some((x) => x.id === sentence.id)),
    )!;
    await page.goto(`${PRESENT_URL}#slide=${slide.id}`);
    await expect(currentSlide(page)).toHaveAttribute('data-slide-id', slide.id);
    await expect(currentSlide(page).locator('[data-accepted]')).toHaveCount(0);
    await page.keyboard.press('k');
    await expect(currentSlide(page).locator('[data-accepted]')).toHaveText(sentence.text);
    await expect(currentSlide(page).getByText('[Also accepted]')).toBeAttached();
    await expectNoAxeViolations(page, { where: `deck, also accepted revealed (${scheme})` });
  });
}
