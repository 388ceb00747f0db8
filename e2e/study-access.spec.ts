import type { Locator, Page } from '@playwright/test';
import { compareMarks, markKey, markSentences } from '../lib/lessons/analysis';
import { lessonOnPath } from '../lib/lessons/teaching-path';
import { loadRealLesson } from '../lib/testing/real-lesson';
import { expectNoAxeViolations } from './fixtures/axe';
import { LESSON_URL, STUDY_URL } from './fixtures/lesson';
import { expect, goToStep, questionCard, savedStatus, test } from './fixtures/study';

// Some tests here are made one per page or section, and test names are made when the file loads,
// before any fixture exists; so the section list is read here, and the tests use the fixture.
// On the core path: the page's default.
const sections = lessonOnPath(loadRealLesson(), 'core').sections;

/** Presses Tab (never the mouse) until `target` has the focus. */
async function tabTo(page: Page, target: Locator, limit = 120) {
  for (let i = 0; i < limit; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error('could not reach the element with Tab');
}

test('a section can be completed with the keyboard alone, including marking sentences in the text', async ({
  page,
  lesson,
  located,
}) => {
  const section = lesson.sections.find(
    (s) => s.questions.some((q) => q.kind === 'mark') && s.questions.some((q) => q.kind !== 'mark'),
  )!;
  await page.goto(`${STUDY_URL}#${section.id}`);
  await expect(page.getByRole('heading', { level: 2, name: section.title })).toBeVisible();

  for (const { question, number } of located.filter((q) => q.sectionId === section.id)) {
    const card = questionCard(page, number);
    if (question.kind === 'text') {
      await tabTo(page, card.getByRole('textbox'));
      await page.keyboard.type('Typed with the keyboard.');
    } else if (question.kind === 'single' || question.kind === 'multiple') {
      const first = card.getByRole(question.kind === 'single' ? 'radio' : 'checkbox').first();
      await tabTo(page, first);
      await page.keyboard.press('Space');
      await expect(first).toBeChecked();
      await tabTo(page, card.getByRole('button', { name: 'Check my answer' }));
      await page.keyboard.press('Enter');
      await expect(card.getByRole('note')).toBeVisible();
    } else if (question.kind === 'mark') {
      const key = markKey(lesson, question, section.id);
      const sentences = markSentences(lesson, question, section.id);
      const toMark = sentences.find((s) => key.includes(s.id))!;
      const sentence = card.getByRole('checkbox', { name: toMark.text, exact: true });
      await tabTo(page, sentence);
      await page.keyboard.press('Space');
      await expect(sentence).toHaveAttribute('aria-checked', 'true');
      await tabTo(page, card.getByRole('button', { name: 'Compare with the key' }));
      await page.keyboard.press('Enter');
      const result = compareMarks(key, [toMark.id]);
      await expect(card.getByRole('note')).toContainText(`You found ${result.correct.length} of ${key.length}`);
      if (result.missed.length) await expect(card.getByText('✗ missed: in the key').first()).toBeVisible();
    }
  }
  await expect(savedStatus(page)).toBeVisible();
  await expect(
    page.getByText(`${section.questions.length} of ${section.questions.length} answered`).first(),
  ).toBeVisible();
});

const pages = [
  { name: 'lessons list', url: '/' },
  { name: 'lesson start page', url: LESSON_URL },
  { name: 'study: getting ready', url: `${STUDY_URL}#start` },
  { name: 'study: a section', url: `${STUDY_URL}#${sections[2]!.id}` },
  { name: 'study: hand in', url: `${STUDY_URL}#finish` },
  { name: 'not found', url: '/no-such-page/' },
];

for (const scheme of ['light', 'dark'] as const) {
  for (const { name, url } of pages) {
    test(`${name} has no WCAG 2.2 AA violations (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(url);
      await expect(page.locator('h1')).toHaveCount(1);
      expect(await page.evaluate(() => document.documentElement.classList.contains('dark'))).toBe(scheme === 'dark');
      await expectNoAxeViolations(page);
    });
  }
}

test('answered and checked questions, key points and feedback areas have no violations', async ({
  page,
  lesson,
  located,
}) => {
  const section = lesson.sections.find((s) => s.questions.some((q) => q.kind === 'mark'))!;
  await page.goto(`${STUDY_URL}#${section.id}`);
  for (const { question, number } of located.filter((q) => q.sectionId === section.id)) {
    const card = questionCard(page, number);
    if (question.kind === 'mark') {
      await card.getByRole('checkbox').first().click();
      await card.getByRole('button', { name: 'Compare with the key' }).click();
    } else if (question.kind === 'text') {
      await card.getByRole('textbox').fill('An answer');
      await card.getByRole('button', { name: 'Compare with key points' }).click();
    } else {
      await card
        .getByRole(question.kind === 'single' ? 'radio' : 'checkbox')
        .last()
        .check();
      await card.getByRole('button', { name: 'Check my answer' }).click();
    }
  }
  await expectNoAxeViolations(page);
  // Reload in the dark scheme rather than switch live: colours mid-transition would be measured.
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.reload();
  await expect(page.getByRole('note').first()).toBeVisible();
  await expectNoAxeViolations(page);
});

test('every page has its own title', async ({ page }) => {
  const titles = new Set<string>();
  for (const url of ['/', LESSON_URL, STUDY_URL]) {
    await page.goto(url);
    titles.add(await page.title());
  }
  expect(titles.size).toBe(3);
  expect([...titles].every((t) => t.includes('Media literacy lessons'))).toBe(true);
});

test.describe('on a 360 px wide phone', () => {
  test.use({ viewport: { width: 360, height: 740 } });
  for (const url of [
    '/',
    LESSON_URL,
    ...['start', ...sections.map((s) => s.id), 'wrap-up', 'finish'].map((id) => `${STUDY_URL}#${id}`),
  ]) {
    test(`${url} needs no horizontal scrolling`, async ({ page }) => {
      await page.goto(url);
      await expect(page.locator('h1')).toBeVisible();
      const { scrollWidth, clientWidth } = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        clientWidth: document.documentElement.clientWidth,
      }));
      expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
    });
  }

  test('the step picker moves between sections', async ({ page, lesson }) => {
    await page.goto(STUDY_URL);
    await page
      .getByLabel('Go to')
      .selectOption({ label: `3. ${lesson.sections[2]!.title} (0 of ${lesson.sections[2]!.questions.length})` });
    await expect(page.getByRole('heading', { level: 2, name: lesson.sections[2]!.title })).toBeVisible();
    await goToStep(page, 'finish');
    await expect(page.getByRole('button', { name: 'Export my answers' })).toBeVisible();
  });
});
