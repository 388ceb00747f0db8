/**
 * axe on the projection, stricter than the issue asks (no serious or critical problems): no
 * violation of any impact.
 */
import { expectNoAxeViolations } from './fixtures/axe';
import { currentSlide, expect, HINT_LABEL, PRESENT_URL, PRESENTER_URL, test } from './fixtures/present';

test('axe finds no problems on the deck and its shortcuts dialog', async ({ page, choiceSlide, openDeck }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await openDeck();
  await page.mouse.move(10, 10);
  await expectNoAxeViolations(page, { where: 'title' });
  await page.goto(`${PRESENT_URL}#slide=${choiceSlide.id}`);
  // The address changes the slide after the key handler sees it: reveal only once the slide is shown.
  await expect(currentSlide(page)).toHaveAttribute('data-slide-id', choiceSlide.id);
  await page.keyboard.press('k');
  await expect(currentSlide(page).getByText('✓ Correct').first()).toBeVisible();
  await expectNoAxeViolations(page, { where: 'question revealed' });
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog')).toBeVisible();
  await expectNoAxeViolations(page, { where: 'shortcuts dialog' });
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds no problems with the evidence marks and in the presenter view (${scheme})`, async ({
    page,
    deck,
  }) => {
    const { evidenceSlide, keyPointsSlide, openDeck } = deck;
    await page.emulateMedia({ colorScheme: scheme });
    await openDeck(evidenceSlide.id);
    await page.keyboard.press('e');
    await expect(currentSlide(page).locator('[data-evidence]').first()).toBeVisible();
    await expectNoAxeViolations(page, { where: 'report with evidence' });
    await openDeck(keyPointsSlide.id);
    await expect(currentSlide(page).getByRole('region', { name: HINT_LABEL })).toBeVisible();
    await expectNoAxeViolations(page, { where: 'key points hidden' });
    await page.goto(`${PRESENTER_URL}#slide=${evidenceSlide.id}`);
    await expect(page.getByRole('heading', { name: /^Now showing:/ })).toBeVisible();
    await expectNoAxeViolations(page, { where: 'presenter view' });
  });
}
