/**
 * The projection's controls: the URL and reload, blanking the screen, the on-screen controls,
 * full screen, the shortcuts dialog, and the page's heading and title.
 */
import { currentSlide, expect, PRESENT_URL, test, toolbar } from './fixtures/present';

test('the URL follows the slide, a reload stays there, and a bad address falls back gracefully', async ({
  page,
  deck,
}) => {
  const { slides, indexOf, evidenceSlide, promptSlide, openDeck, expectOnSlide } = deck;
  const start = indexOf(promptSlide.id);
  await openDeck(promptSlide.id);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expectOnSlide(start + 2);
  await expect(page).toHaveURL(new RegExp(`#slide=${slides[start + 2]!.id.replace(/\./g, '\\.')}$`));
  await page.reload();
  await expectOnSlide(start + 2);

  await page.goto(`${PRESENT_URL}#slide=99999`);
  await page.reload();
  await expectOnSlide(slides.length - 1);
  await page.goto(`${PRESENT_URL}#slide=no-such-slide`);
  await page.reload();
  await expectOnSlide(0);
  await page.goto(`${PRESENT_URL}#slide=${evidenceSlide.id}.99`);
  await page.reload();
  await expectOnSlide(indexOf(evidenceSlide.id));
});

test('B blanks the screen; a navigation key brings the same slide back', async ({ page, deck }) => {
  const { indexOf, promptSlide, openDeck, expectOnSlide } = deck;
  await openDeck(promptSlide.id);
  await page.keyboard.press('b');
  const blank = page.locator('[data-blank-screen]');
  await expect(blank).toBeVisible();
  await expect(blank).toHaveCSS('background-color', 'rgb(0, 0, 0)');
  await expect(toolbar(page)).toBeHidden();
  await page.keyboard.press('ArrowRight');
  await expect(blank).toBeHidden();
  await expectOnSlide(indexOf(promptSlide.id));
  await page.keyboard.press('b');
  await page.keyboard.press('b');
  await expect(blank).toBeHidden();
});

test('the on-screen controls hide when the pointer rests and come back on movement or keyboard focus', async ({
  page,
  deck,
}) => {
  const { openDeck, expectOnSlide } = deck;
  await page.clock.install();
  await openDeck();
  await page.mouse.move(200, 200);
  await expect(toolbar(page)).toHaveCSS('opacity', '1');
  await page.clock.runFor(3000);
  await expect(toolbar(page)).toHaveCSS('opacity', '0');
  await page.mouse.move(300, 300);
  await expect(toolbar(page)).toHaveCSS('opacity', '1');
  await page.clock.runFor(3000);
  await expect(toolbar(page)).toHaveCSS('opacity', '0');

  // A keyboard user tabs to the controls; they show while focused, and Space on a button acts once.
  const next = toolbar(page).getByRole('button', { name: 'Next slide' });
  for (let i = 0; i < 5 && !(await next.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('Tab');
  await expect(next).toBeFocused();
  await expect(toolbar(page)).toHaveCSS('opacity', '1');
  await page.keyboard.press('Space');
  await expectOnSlide(1);
  await page.keyboard.press('Enter');
  await expectOnSlide(2);
});

test('F puts the deck in full screen and takes it out again', async ({ page, openDeck }) => {
  await openDeck();
  const fullscreen = () => page.evaluate(() => document.fullscreenElement !== null);
  await page.keyboard.press('f');
  await expect.poll(fullscreen).toBe(true);
  await page.keyboard.press('f');
  await expect.poll(fullscreen).toBe(false);
});

test('? lists the shortcuts in a dialog that holds the deck still and closes with Escape', async ({ page, deck }) => {
  const { slides, openDeck, expectOnSlide } = deck;
  await openDeck();
  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('row', { name: /Next slide/ })).toContainText('Page Down');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('PageDown');
  // The modal dialog hides the slide from the accessibility tree, so check where the deck is.
  await expect(currentSlide(page)).toHaveAttribute('data-slide-id', slides[0]!.id);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await page.keyboard.press('ArrowRight');
  await expectOnSlide(1);
});

test('the projector page has one h1 and its own title', async ({ page, lesson, openDeck }) => {
  await openDeck();
  await expect(page).toHaveTitle(new RegExp(`^Present: ${lesson.title}`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(lesson.title);
  await expect(page.getByRole('banner')).toHaveCount(0);
});
