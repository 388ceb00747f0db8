/**
 * The lesson editor (/author), steps 1-3: a teacher pastes a wire story, fills in its source,
 * fixes its sections and sentences, and analyses it by keyboard, accepting and correcting the
 * suggestions; the draft survives reloads. Steps 4-6 are tested in author-share.spec.ts.
 */
import type { Page } from '@playwright/test';
import { newDraft } from '../lib/author/new-draft';
import { withSource } from '../lib/author/draft-structure';
import { STORAGE_KEYS } from '../lib/storage/keys';
import { expectNoAxeViolations } from './fixtures/axe';
import { expect, test } from './fixtures/lesson';
import { expectNoHorizontalScroll } from './fixtures/review';
import { WIRE_STORY, WIRE_STORY_LESSON_ID, WIRE_STORY_SENTENCES, WIRE_STORY_SOURCE } from './fixtures/wire-story';

const AUTHOR_URL = '/author/';
const DRAFT_KEY = STORAGE_KEYS.authorDraft;
const STEP_NAMES = ['Text and source', 'Sections and sentences', 'Analysis'];
const STEP_IDS = ['text', 'sections', 'analysis'];

const stepHeading = (page: Page, n: number) =>
  page.getByRole('heading', { name: `Step ${n} of 6: ${STEP_NAMES[n - 1]}` });

const stepButton = (page: Page, n: number) =>
  page.getByRole('navigation', { name: 'Editor steps' }).getByRole('button', { name: `${n}. ${STEP_NAMES[n - 1]}` });

async function press(page: Page, name: string | RegExp, key = 'Enter') {
  await page.getByRole('button', { name, exact: typeof name === 'string' }).focus();
  await page.keyboard.press(key);
}

async function next(page: Page, n: number) {
  await press(page, `Next: ${STEP_NAMES[n - 1]}`);
  await expect(stepHeading(page, n)).toBeFocused();
  await expect(stepButton(page, n)).toHaveAttribute('aria-current', 'step');
}

async function storedDraft(page: Page) {
  const raw = await page.evaluate((key) => localStorage.getItem(key), DRAFT_KEY);
  return JSON.parse(raw ?? 'null');
}

async function reloadAndResume(page: Page) {
  await page.reload();
  await expect(page.getByRole('heading', { name: 'A draft is saved in this browser' })).toBeVisible();
  await expect(page.getByText(`“${WIRE_STORY_SOURCE.title}”`)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Resume' })).toBeFocused();
  await page.keyboard.press('Enter');
}

/** A draft saved in the browser before the page loads: the wire story with its source filled in. */
async function seedDraft(page: Page, step = 'text') {
  const draft = withSource(newDraft(WIRE_STORY_LESSON_ID, WIRE_STORY), WIRE_STORY_SOURCE);
  const stored = JSON.stringify({ version: 1, savedAt: new Date().toISOString(), step, draft });
  await page.addInitScript(
    ([key, value]) => {
      if (!sessionStorage.getItem('seeded')) localStorage.setItem(key!, value!);
      sessionStorage.setItem('seeded', '1');
    },
    [DRAFT_KEY, stored],
  );
}

const sentenceRadio = (page: Page, name: string) => page.getByRole('radio', { name, exact: true });
const tag = (page: Page, name: string) => page.getByRole('checkbox', { name, exact: true });

test('a teacher pastes a wire story, fixes its sections and sentences, and reloads without losing anything', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Make a lesson from another report' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Make a lesson' })).toBeVisible();

  // Step 1: the report and its source; what is left empty becomes a teaching point.
  await expect(stepHeading(page, 1)).toBeVisible();
  await page.getByLabel('The report').fill(WIRE_STORY);
  await page.getByLabel('Title', { exact: true }).fill(WIRE_STORY_SOURCE.title);
  await page.getByLabel('Outlet', { exact: true }).fill(WIRE_STORY_SOURCE.outlet);
  await page.getByLabel('Lesson id').fill(WIRE_STORY_LESSON_ID);
  const gaps = page.getByRole('region', { name: 'What a reader cannot check' });
  await expect(gaps.getByRole('listitem')).toHaveText([/No author is named/, /No date is given/, /No link is given/]);
  await expect(page.getByRole('status').filter({ hasText: /Saved at/ })).toBeVisible();

  // Step 2: the quotation the splitter cut in two is joined; a sentence is split and joined back; two sections merged.
  await next(page, 2);
  await expect(page.getByRole('heading', { level: 3, name: /^Section \d/ })).toHaveCount(4);
  await page.getByLabel('Title of section 1').fill('The ruling');
  await expect(page.getByRole('heading', { name: 'Section 1: The ruling' })).toBeVisible();
  await press(page, 'Join with next: sentence 2 of section 3');
  await expect(
    page.getByText(`${WIRE_STORY_SENTENCES.quoteStart} ${WIRE_STORY_SENTENCES.quoteEnd}`, { exact: true }),
  ).toBeVisible();
  await press(page, 'Split…: sentence 1 of section 1');
  const dialog = page.getByRole('dialog', { name: 'Split this sentence' });
  await dialog
    .getByLabel('Split where the bar is')
    .selectOption({ label: 'A regional court on | Thursday ordered the closure…' });
  await dialog.getByRole('button', { name: 'Split' }).press('Enter');
  await expect(page.getByText('A regional court on', { exact: true })).toBeVisible();
  await press(page, 'Join with next: sentence 1 of section 1');
  await expect(page.getByText('A regional court on', { exact: true })).toHaveCount(0);
  await press(page, 'Merge with section 4');
  await expect(page.getByRole('heading', { level: 3, name: /^Section \d/ })).toHaveCount(3);

  await reloadAndResume(page);
  await expect(stepHeading(page, 2)).toBeVisible();
  await expect(page.getByLabel('Title of section 1')).toHaveValue('The ruling');
  await expect(page.getByRole('heading', { level: 3, name: /^Section \d/ })).toHaveCount(3);
  await expect(
    page.getByText(`${WIRE_STORY_SENTENCES.quoteStart} ${WIRE_STORY_SENTENCES.quoteEnd}`, { exact: true }),
  ).toBeVisible();

  // The report is stored exactly as pasted: every sentence is a range into it.
  const stored = await storedDraft(page);
  expect(stored.draft.text).toBe(WIRE_STORY);
  expect(stored.draft.source).toMatchObject(WIRE_STORY_SOURCE);
  expect(stored.draft.id).toBe(WIRE_STORY_LESSON_ID);
});

test('a teacher accepts and corrects suggestions by keyboard, and reloads without losing the analysis', async ({
  page,
}) => {
  await seedDraft(page, 'sections');
  await page.goto(AUTHOR_URL);
  await page.getByRole('button', { name: 'Resume' }).click();
  await next(page, 3);
  await expect(page.getByText(/^Sentence 1 of 8/)).toBeVisible();
  const suggestions = page.getByRole('list', { name: 'Suggestions' });
  await expect(suggestions).toContainText('It contains "court", "Section", "Act"');
  await press(page, 'Accept: tag Legal-fact claim');
  await expect(tag(page, 'Legal-fact claim')).toBeChecked();
  await press(page, 'Accept: tag Statistic or generalisation');
  await expect(tag(page, 'Statistic or generalisation')).toBeChecked();
  // "14" and "2019" name a section and a law, not a statistic: the teacher unticks it.
  await tag(page, 'Statistic or generalisation').focus();
  await page.keyboard.press('Space');
  await expect(tag(page, 'Statistic or generalisation')).not.toBeChecked();
  await page.getByLabel('Whose voice').selectOption({ label: 'The unnamed author' });
  await sentenceRadio(page, "Author's claim").focus();
  await page.keyboard.press('Space');
  await expect(sentenceRadio(page, "Author's claim")).toBeChecked();

  await press(page, 'Next sentence');
  await expect(page.getByText(/^Sentence 2 of 8/)).toBeVisible();
  await press(page, 'Accept: kind is direct quote');
  await expect(sentenceRadio(page, 'Direct quote')).toBeChecked();
  await press(page, 'Accept: add “Ministry spokesperson Amina Okafor” and make it the voice');
  await expect(page.getByLabel('Whose voice')).toHaveValue(/p-ministry-spokesperson-amina-okafor/);
  // The suggested name carries her title: the teacher corrects it in the people list.
  await page.getByLabel('Name (Ministry spokesperson Amina Okafor)').fill('Amina Okafor');
  await page.getByLabel('Role in the report (Amina Okafor)').fill('Spokesperson for the Transport Ministry');
  await expect(page.getByLabel('Whose voice').locator('option:checked')).toHaveText('Amina Okafor');

  await press(page, 'Next sentence');
  await expect(page.getByText(/^Sentence 3 of 8/)).toBeVisible();
  await expect(suggestions).toContainText('The speaker may be "She"');
  await expect(page.getByRole('button', { name: /Accept: add “She”/ })).toHaveCount(0);
  await press(page, 'Accept: tag Statistic or generalisation');
  await page.getByLabel('Whose voice').selectOption({ label: 'Amina Okafor' });
  await sentenceRadio(page, 'Paraphrase').focus();
  await page.keyboard.press('Space');

  await press(page, 'Next sentence');
  await expect(page.getByText(/^Sentence 4 of 8/)).toBeVisible();
  await press(page, 'Accept: tag Anonymised person');
  await expect(tag(page, 'Anonymised person')).toBeChecked();
  await page.getByLabel('Name (new person)').fill('A developer who worked on the app');
  await page.getByRole('combobox', { name: 'Identified as (new person)' }).click();
  await page.getByRole('option', { name: 'Unnamed' }).click();
  await page.getByRole('button', { name: 'Add this person' }).click();
  await expect(page.getByLabel('Name (A developer who worked on the app)')).toBeVisible();

  await reloadAndResume(page);
  await expect(stepHeading(page, 3)).toBeVisible();
  await expect(page.getByText(/^Sentence 4 of 8/)).toBeVisible();
  await expect(tag(page, 'Anonymised person')).toBeChecked();
  await expect(page.getByLabel('Name (Amina Okafor)')).toHaveValue('Amina Okafor');
  await page.getByLabel('Go to sentence').selectOption({ index: 1 });
  await expect(sentenceRadio(page, 'Direct quote')).toBeChecked();
  await expect(page.getByLabel('Whose voice').locator('option:checked')).toHaveText('Amina Okafor');
  await page.getByLabel('Go to sentence').selectOption({ index: 0 });
  await expect(tag(page, 'Legal-fact claim')).toBeChecked();
  await expect(tag(page, 'Statistic or generalisation')).not.toBeChecked();

  const stored = await storedDraft(page);
  expect(stored.draft.text).toBe(WIRE_STORY);
  expect(stored.draft.people.map((p: { name: string }) => p.name)).toEqual([
    'The unnamed author',
    'Amina Okafor',
    'A developer who worked on the app',
  ]);
});

test('"Start a new draft" asks first, and a draft that cannot be read is kept aside and reported', async ({ page }) => {
  await seedDraft(page, 'sections');
  await page.goto(AUTHOR_URL);
  await page.getByRole('button', { name: 'Resume' }).click();
  await expect(stepHeading(page, 2)).toBeVisible();
  await page.getByRole('button', { name: 'Start a new draft' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Keep this draft' }).click();
  await expect(stepHeading(page, 2)).toBeVisible();
  await page.getByRole('button', { name: 'Start a new draft' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Start a new draft' }).click();
  await expect(stepHeading(page, 1)).toBeVisible();
  await expect(page.getByLabel('The report')).toHaveValue('');
  expect(await storedDraft(page)).toBeNull();

  await page.evaluate((key) => localStorage.setItem(key, '{"version":1,"draft":'), DRAFT_KEY);
  await page.reload();
  const notice = page.getByRole('alert').filter({ hasText: 'The draft saved in this browser' });
  await expect(notice).toContainText('could not be opened: the saved draft is not readable JSON');
  await expect(notice).toContainText('kept aside in this browser');
  const aside = await page.evaluate(() =>
    Object.keys(localStorage)
      .filter((key) => key.startsWith('media-literacy.author-draft-damaged.'))
      .map((key) => localStorage.getItem(key)),
  );
  expect(aside).toEqual(['{"version":1,"draft":']);
});

for (const scheme of ['light', 'dark'] as const) {
  for (const n of [1, 2, 3]) {
    test(`step ${n} has no WCAG 2.2 AA violations (${scheme})`, async ({ page }) => {
      await seedDraft(page, STEP_IDS[n - 1]);
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(AUTHOR_URL);
      expect(await page.evaluate(() => document.documentElement.classList.contains('dark'))).toBe(scheme === 'dark');
      await expect(page.getByRole('button', { name: 'Resume' })).toBeVisible();
      if (n === 1) await expectNoAxeViolations(page, { where: 'resume' });
      await page.getByRole('button', { name: 'Resume' }).click();
      await expect(stepHeading(page, n)).toBeVisible();
      await expectNoAxeViolations(page, { where: `step ${n}` });
    });
  }
}

test('a 360 px phone can use steps 1-3 without scrolling sideways', async ({ page }) => {
  await seedDraft(page);
  await page.setViewportSize({ width: 360, height: 780 });
  await page.goto(AUTHOR_URL);
  await page.getByRole('button', { name: 'Resume' }).click();
  for (const n of [1, 2, 3]) {
    await stepButton(page, n).click();
    await expect(stepHeading(page, n)).toBeFocused();
    await expectNoHorizontalScroll(page);
    await page.screenshot({ path: test.info().outputPath(`author-phone-step-${n}.png`), fullPage: n < 3 });
  }
  await page.getByRole('button', { name: 'Accept: tag Legal-fact claim' }).click();
  await expect(page.getByRole('checkbox', { name: 'Legal-fact claim' })).toBeChecked();
});

test('a full browser storage is reported, the draft stays in the page, and it is saved once there is room', async ({
  page,
}) => {
  await seedDraft(page);
  await page.goto(AUTHOR_URL);
  await page.getByRole('button', { name: 'Resume' }).click();
  await page.evaluate(() => {
    const original = Storage.prototype.setItem;
    Object.assign(window, { restoreStorage: () => (Storage.prototype.setItem = original) });
    Storage.prototype.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
  });
  await page.getByLabel('Author', { exact: true }).fill('Jo Reporter');
  await expect(page.getByRole('status').filter({ hasText: 'Not saved: browser storage is full' })).toBeVisible();
  await expect(page.getByLabel('Author', { exact: true })).toHaveValue('Jo Reporter');
  await expect(page.getByText('No author is named')).toHaveCount(0);
  await page.evaluate(() => (window as unknown as { restoreStorage: () => void }).restoreStorage());
  await page.getByLabel('Date', { exact: true }).fill('28 November');
  await expect(page.getByRole('status').filter({ hasText: /Saved at/ })).toBeVisible();
  expect((await storedDraft(page)).draft.source).toMatchObject({ author: 'Jo Reporter', date: '28 November' });
});
