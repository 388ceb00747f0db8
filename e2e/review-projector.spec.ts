/** Chosen answers on the projector: full screen, large, without names, and moved through by keyboard. */
import { expectNoAxeViolations } from './fixtures/axe';
import {
  answerCard,
  answeredBy,
  answerOf,
  chooseQuestion,
  expect,
  openReviewWith,
  openTab,
  test,
} from './fixtures/review';
import { XSS_NAME } from './fixtures/review-class';

test('chosen answers go on the projector full screen, large, without any name; arrows move, Esc returns', async ({
  page,
  klass,
  textQuestion,
}) => {
  const names = [...klass.students.keys()];
  await page.setViewportSize({ width: 1920, height: 1080 });
  await openReviewWith(page, klass.files);
  await openTab(page, 'By question');
  await chooseQuestion(page, textQuestion.question.id);
  // The student whose name is markup, and the next who answered (which one depends on the sample class).
  const answered = answeredBy(klass.students, textQuestion.question.id);
  const chosen = [
    answered.find((f) => f.student.name === XSS_NAME)!,
    answered.find((f) => f.student.name !== XSS_NAME)!,
  ];
  expect(chosen.every(Boolean)).toBe(true);
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
  await expectNoAxeViolations(page, { include: '[role="dialog"]', rules: ['color-contrast-enhanced'] });

  await page.keyboard.press('ArrowRight');
  await expect(projector).toContainText('Answer 2 of 2');
  await expect(projector).toContainText(texts[1]!);
  await page.keyboard.press('ArrowLeft');
  await expect(projector).toContainText('Answer 1 of 2');
  await page.keyboard.press('Escape');
  await expect(projector).toBeHidden();
  await expect(show).toBeFocused();
});
