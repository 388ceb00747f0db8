/**
 * The printable teacher guide: its content comes from the lesson, it passes axe, and on paper the
 * controls disappear and nothing runs off the page.
 */
import { pathCounts } from '../lib/lessons/teaching-path';
import { expectNoAxeViolations } from './fixtures/axe';
import { expect, GUIDE_URL, LESSON_URL, test } from './fixtures/lesson';
import { loadRealLesson } from '../lib/testing/real-lesson';

const lesson = loadRealLesson();

test('the lesson page links to the guide, which holds the plan, safeguarding, key and glossary', async ({ page }) => {
  await page.goto(LESSON_URL);
  await page.getByRole('link', { name: 'teacher guide' }).click();
  await expect(page).toHaveURL(new RegExp(`${GUIDE_URL}$`));
  await expect(page.getByRole('heading', { level: 1, name: 'Teacher guide' })).toBeVisible();
  for (const name of [
    'Objectives',
    'Timing',
    'The legal claims, as things to check',
    'Safeguarding',
    'Discussion norms',
    'Answer key summary',
    'Differentiation',
    'Glossary',
  ]) {
    await expect(page.getByRole('heading', { level: 2, name, exact: true })).toBeVisible();
  }
  const counts = pathCounts(lesson);
  await expect(
    page.getByText(`Core path (one lesson): ${counts.core.questions} questions and ${counts.core.prompts}`),
  ).toBeVisible();
  await expect(page.getByRole('heading', { level: 3, name: 'Reporting sextortion' })).toBeVisible();
  await expect(page.getByText('Check locally:').first()).toBeVisible();
  for (const entry of lesson.glossary ?? []) {
    await expect(page.getByRole('term').filter({ hasText: new RegExp(`^${entry.term}$`) })).toBeVisible();
  }
  // Search terms are text, never links: the guide holds no link that leaves the site.
  await expect(page.locator('main a[href^="http"]')).toHaveCount(0);
});

test('axe finds no problems with the guide', async ({ page }) => {
  await page.goto(GUIDE_URL);
  await expect(page.getByRole('heading', { level: 1, name: 'Teacher guide' })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('the guide prints without controls and without anything running off the page', async ({ page }) => {
  await page.setViewportSize({ width: 794, height: 1123 });
  await page.goto(GUIDE_URL);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Print this guide' })).toBeHidden();
  await expect(page.getByRole('banner')).toBeHidden();
  const overflowing = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    return [...document.querySelectorAll<HTMLElement>('main *')]
      .filter((el) => el.getBoundingClientRect().right > width + 1 || el.scrollWidth > el.clientWidth + 1)
      .filter((el) => getComputedStyle(el).overflowX !== 'visible' || el.getBoundingClientRect().right > width + 1)
      .map((el) => `${el.tagName.toLowerCase()}: ${el.textContent?.slice(0, 40)}`);
  });
  expect(overflowing).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(794);
});
