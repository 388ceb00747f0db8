/** The review for everyone: axe in both colour schemes, and a 360 px wide screen. */
import { expectNoAxeViolations } from './fixtures/axe';
import { answerCard, chooseQuestion, expectNoHorizontalScroll, openReviewWith, openTab, test } from './fixtures/review';

// The dark theme changes colours only, so it is checked for contrast; the light theme for everything.
for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds no serious or critical problems in any view (${scheme} theme)`, async ({
    page,
    klass,
    singleQuestion,
    markQuestion,
  }) => {
    const check = () =>
      expectNoAxeViolations(page, { seriousOnly: true, rules: scheme === 'dark' ? ['color-contrast'] : undefined });
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

test('every view works at 360 px wide without scrolling sideways', async ({ page, klass, markQuestion }) => {
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
