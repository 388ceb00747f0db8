/**
 * The third use of "also accepted" (issue 9; the study page and the deck are in lesson-paths.spec.ts):
 * a student who marked the key and an "also accepted" sentence. In the review the heat map tells that
 * sentence apart from the key and from wrong marks, the answer's group lists it as also accepted, and
 * the key's suggestion counts it as found, not wrong: "Met".
 */
import type { Lesson } from '../lib/schemas/lesson';
import { indexLesson } from '../lib/review/lesson-index';
import { sampleResponseFile } from '../lib/testing/sample-class';
import { expectNoAxeViolations } from './fixtures/axe';
import { chooseQuestion, expect, openReviewWith, openTab, test } from './fixtures/review';
import { json } from './fixtures/review-class';

const STUDENT = 'Ada Accepted';

/** A core "mark in the text" question with an "also accepted" sentence, and a file marking it with the key. */
function acceptedMarking(lesson: Lesson) {
  const index = indexLesson(lesson);
  const located = index.questions.find(({ question }) => question.kind === 'mark' && question.alsoAccepted.length)!;
  if (located.question.kind !== 'mark') throw new Error('expected a mark question');
  const accepted = located.question.alsoAccepted[0]!;
  const key = index.markKeys.get(located.question.id) ?? [];
  const sentence = lesson.sections
    .flatMap((s) => s.paragraphs.flatMap((p) => p.sentences))
    .find((s) => s.id === accepted.sentenceId)!;
  const blank = sampleResponseFile(lesson, STUDENT, { completion: 0 });
  const file = {
    ...blank,
    answers: [
      {
        questionId: located.question.id,
        answer: {
          kind: 'mark' as const,
          sentenceIds: [...key, accepted.sentenceId],
          checked: true,
          updatedAt: blank.exportedAt,
        },
      },
    ],
  };
  return { questionId: located.question.id, keySize: key.length, accepted, sentence, file };
}

for (const scheme of ['light', 'dark'] as const) {
  test(`an "also accepted" marking is accepted in the review: heat map, group and suggestion (${scheme})`, async ({
    page,
    lesson,
  }) => {
    await page.emulateMedia({ colorScheme: scheme });
    const { questionId, keySize, accepted, sentence, file } = acceptedMarking(lesson);
    expect(keySize).toBeGreaterThan(0);

    await openReviewWith(page, [json('ada-answers.json', file)]);
    await openTab(page, 'By question');
    await chooseQuestion(page, questionId);

    const heatMap = page.getByRole('figure').filter({ hasText: 'What the class marked' });
    const acceptedInMap = heatMap.locator('[data-heat="accepted"]');
    await expect(acceptedInMap).toHaveCount(1);
    await expect(acceptedInMap).toContainText(sentence.text);
    await expect(acceptedInMap).toContainText('(marked by 1 of 1; also accepted)');
    await expect(heatMap.locator('[data-heat="key"]')).toHaveCount(keySize);

    const group = page.getByRole('region', { name: /^1 student gave this answer/ });
    await expect(group.getByRole('listitem').filter({ hasText: sentence.text })).toContainText('(Also accepted');
    await expect(group.getByRole('listitem').filter({ hasText: '(Not in the key' })).toHaveCount(0);
    await expect(group.getByText('Suggested:')).toBeVisible();
    await expect(group.getByRole('button', { name: `Accept “Met” for ${STUDENT}` })).toBeVisible();
    await expect(group).toContainText(`${keySize} of ${keySize}`);
    await expect(group).toContainText('1 also accepted');
    await expect(group).toContainText(`Also accepted: ${accepted.reason}`);

    await expectNoAxeViolations(page, { where: `review, also accepted (${scheme})` });
  });
}
