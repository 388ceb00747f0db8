/**
 * Reading a class's answers: by question beside the key points with the class chart and the
 * marking heat map, by student in lesson order, and student text shown only as text.
 */
import { indexLesson } from '../lib/review/lesson-index';
import { markKey, markSentences } from '../lib/lessons/analysis';
import {
  answerCard,
  answeredBy,
  answerOf,
  chooseQuestion,
  chooseStudent,
  expect,
  openReviewWith,
  openTab,
  plural,
  test,
} from './fixtures/review';
import {
  DUPLICATE_NAME,
  NEWER_TEXT,
  NEWER_VERSION_NAME,
  REMOVED_QUESTION_ID,
  XSS_ANSWER,
  XSS_NAME,
} from './fixtures/review-class';

test('by question: every answer beside the key points, with the class chart and the marking heat map', async ({
  page,
  lesson,
  review,
}) => {
  const { klass, textQuestion, singleQuestion, markQuestion } = review;
  const names = [...klass.students.keys()];
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
  const accepted = new Set(markQuestion.question.alsoAccepted.map((a) => a.sentenceId));
  for (const sentence of markSentences(lesson, markQuestion.question, markQuestion.sectionId)) {
    const count = marking.filter((f) => {
      const answer = answerOf(f, markQuestion.question.id);
      return answer?.kind === 'mark' && answer.sentenceIds.includes(sentence.id);
    }).length;
    const verdict = key.has(sentence.id)
      ? '; in the key'
      : accepted.has(sentence.id)
        ? '; also accepted'
        : count
          ? '; not in the key'
          : '';
    const expected = `(marked by ${count} of ${marking.length}${verdict})`;
    await expect(heat.locator('span', { hasText: sentence.text }).first()).toContainText(expected);
  }
});

test('by student: one whole sheet in lesson order, with notes for another lesson version', async ({
  page,
  lesson,
  review,
}) => {
  const { klass, textQuestion } = review;
  // The lesson's questions, then the exit ticket's items.
  const scored = indexLesson(lesson).questions;
  await openReviewWith(page, klass.files);
  await openTab(page, 'By student');

  await chooseStudent(page, DUPLICATE_NAME.toLowerCase());
  // The cards are mounted a few at a time: wait for all of them before reading their order.
  const cardHeadings = page.getByRole('article').getByRole('heading', { level: 4 });
  await expect(cardHeadings).toHaveCount(scored.length);
  const headings = await cardHeadings.allTextContents();
  expect(headings.map((h) => h.split('.')[0])).toEqual(scored.map((q) => `Q${q.number}`));
  await expect(answerCard(page, new RegExp(`^Q${textQuestion.number}\\.`))).toContainText(NEWER_TEXT);

  await chooseStudent(page, NEWER_VERSION_NAME);
  await expect(page.getByText(`Answered version ${lesson.version + 1} of the lesson`)).toBeVisible();
  await expect(page.getByRole('region', { name: 'Answers to questions no longer in this lesson' })).toContainText(
    REMOVED_QUESTION_ID,
  );
});

test('student text is shown as text: an answer with HTML shows literally and runs nothing', async ({
  page,
  review,
}) => {
  const { klass, textQuestion } = review;
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
