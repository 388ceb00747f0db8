/** The presenter window: kept in step with the projector both ways, and its clock. */
import { currentSlide, expect, PRESENTER_URL, test, toolbar } from './fixtures/present';

test('the presenter window and the projector stay in step in both directions', async ({ page, context, deck }) => {
  const { slides, indexOf, promptSlide, openDeck, expectOnSlide } = deck;
  await openDeck(promptSlide.id);
  const start = indexOf(promptSlide.id);
  await page.mouse.move(10, 10);
  const [presenter] = await Promise.all([
    context.waitForEvent('page'),
    toolbar(page).getByRole('button', { name: 'Presenter view' }).click(),
  ]);
  const nowShowing = presenter.getByRole('heading', { level: 2, name: /^Now showing:/ });
  await expect(presenter).toHaveTitle(/^Presenter view: /);
  await expect(nowShowing).toContainText(`Slide ${start + 1} of ${slides.length}`);
  await expect(presenter.getByRole('heading', { level: 2, name: /^Next:/ })).toContainText(`Slide ${start + 2} of`);
  await expect(presenter.getByRole('region', { name: 'Notes' }).getByRole('listitem').first()).toHaveText(
    promptSlide.notes.keyPoints[0]!,
  );

  // Presenter → projector.
  await presenter.keyboard.press('k');
  await expect(currentSlide(page).getByRole('region', { name: 'Key points' })).toBeVisible();
  await presenter.keyboard.press('ArrowRight');
  await expectOnSlide(start + 1);
  await presenter.getByRole('button', { name: 'Next', exact: true }).click();
  await expectOnSlide(start + 2);

  // Projector → presenter.
  await page.keyboard.press('ArrowLeft');
  await expect(nowShowing).toContainText(`Slide ${start + 2} of ${slides.length}`);
  await page.keyboard.press('b');
  await expect(nowShowing).toContainText('(screen blanked)');
  await page.keyboard.press('b');
  await page.keyboard.press('e');
  await expect(presenter.getByRole('button', { name: 'Show the evidence' })).toHaveAttribute('aria-pressed', 'true');
  await expect(presenter).toHaveURL(new RegExp(`#slide=${slides[start + 1]!.id.replace(/\./g, '\\.')}$`));
});

test('the presenter clock counts, pauses and resets', async ({ page }) => {
  // Time stands still except when the test moves it.
  await page.clock.install({ time: new Date('2026-01-05T09:00:00Z') });
  await page.clock.pauseAt(new Date('2026-01-05T09:00:01Z'));
  await page.goto(PRESENTER_URL);
  const clock = page.getByRole('timer');
  await expect(clock).toHaveText('0:00');
  await page.clock.runFor(65_000);
  await expect(clock).toHaveText('1:05');
  await page.getByRole('button', { name: 'Pause the clock' }).click();
  await page.clock.runFor(30_000);
  await expect(clock).toHaveText('1:05');
  await page.getByRole('button', { name: 'Resume the clock' }).click();
  await page.clock.runFor(5_000);
  await expect(clock).toHaveText('1:10');
  await page.getByRole('button', { name: 'Reset the clock' }).click();
  await expect(clock).toHaveText('0:00');
});
