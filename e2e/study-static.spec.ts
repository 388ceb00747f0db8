/**
 * The study page's static HTML: the start step is in the page as served, so it paints before any
 * script runs, and it has nothing to click that would do nothing before the page is hydrated.
 * Once hydrated, the page takes over that HTML without a mismatch, and follows the address.
 */
import { expectNoAxeViolations } from './fixtures/axe';
import { STUDY_URL } from './fixtures/lesson';
import { expect, test } from './fixtures/study';

test.describe('before its scripts run (the HTML as served)', () => {
  // The page's own scripts never arrive: what shows is the static HTML (axe still runs in the page).
  test.beforeEach(async ({ page }) => {
    await page.route('**/_next/static/chunks/*.js', (route) => route.abort());
  });

  test('shows the content note, and no controls until the page is ready', async ({ page, lesson }) => {
    await page.goto(STUDY_URL);
    const main = page.getByRole('main');
    await expect(main.getByRole('heading', { level: 1, name: lesson.title })).toBeVisible();
    await expect(main.getByRole('heading', { level: 2, name: 'Getting ready' })).toBeVisible();
    await expect(main.getByRole('heading', { name: lesson.contentNote.heading })).toBeVisible();
    for (const paragraph of lesson.contentNote.paragraphs)
      await expect(main.getByText(paragraph, { exact: true })).toBeVisible();
    await expect(main.getByRole('button', { name: 'Start the first section' })).toBeDisabled();
    await expect(main.getByRole('button').and(page.locator(':enabled'))).toHaveCount(0);
    await expect(main.getByRole('link')).toHaveCount(0);
    await expect(main.getByRole('combobox')).toHaveCount(0);
    await expect(page.getByLabel('Import teacher feedback')).toHaveCount(0);
    await expect(page.getByRole('navigation', { name: 'Lesson sections' })).toHaveCount(0);
    await expectNoAxeViolations(page, { where: 'study, static HTML' });
  });
});

test('the page hydrates its static HTML without an error, then shows the step and path in the address', async ({
  page,
  wholeLesson,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  const section = wholeLesson.sections[1]!;
  await page.goto(`${STUDY_URL}?path=extended#${section.id}`);
  await expect(page.getByText('Extended path (two lessons)')).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: section.title })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Lesson sections' })).toBeVisible();
  expect(errors).toEqual([]);
});
