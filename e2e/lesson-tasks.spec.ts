/**
 * The lesson's tasks on the extended path: the claim-and-evidence chart and lateral reading filled
 * in, kept over a reload, exported and shown in the review beside the class's; the exit ticket
 * answered and summarised; a glossary term opened by keyboard; the chart slide in the deck.
 */
import { readFileSync } from 'node:fs';
import { CLAIM_CHART_ID, LATERAL_READING_ID } from '../lib/lessons/lesson-tasks';
import { pathDecks } from '../lib/present/path-decks';
import { ResponseFileSchema } from '../lib/schemas/exchange';
import { expectNoAxeViolations } from './fixtures/axe';
import { STUDY_URL } from './fixtures/lesson';
import { currentSlide, PRESENT_URL } from './fixtures/present';
import { REVIEW_URL } from './fixtures/review-class';
import { expect, goToStep, savedStatus, test } from './fixtures/study';

const EXTENDED = `${STUDY_URL}?path=extended`;
const WHERE = 'javascript:alert(1) and example.org/report';

async function bothSchemes(page: import('@playwright/test').Page, where: string) {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await expectNoAxeViolations(page, { where: `${where} (${scheme})` });
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

test('chart, lateral reading and exit ticket: filled, kept, exported, and shown in the review', async ({
  page,
  wholeLesson,
}) => {
  // One student's whole way through three steps, a reload, an export and the review, with eight axe runs.
  test.slow();
  const claims = wholeLesson.claims!;
  const [first, second, third] = wholeLesson.exitTicket!.items;
  await page.goto(`${EXTENDED}#${CLAIM_CHART_ID}`);
  await expect(page.getByRole('heading', { level: 2, name: 'Claims and evidence' })).toBeVisible();
  const row = page.getByRole('listitem', { name: `Claim 1: ${claims[0]!.claim}` });
  await row.getByLabel('Who asserts it?').fill('The unnamed author');
  await row.getByLabel('What evidence does the text give?').fill('None: no law is named');
  await row.getByLabel('How could you check it?').fill('Find the regulator and the law');
  await row.getByLabel('Status').selectOption('unverifiable-here');

  const term = page.getByRole('button', { name: 'Claim', exact: true });
  await term.focus();
  await page.keyboard.press('Enter');
  const definition = page.getByRole('dialog', { name: 'Claim' });
  await expect(definition).toContainText(wholeLesson.glossary!.find((g) => g.id === 'g-claim')!.definition);
  await bothSchemes(page, 'study, glossary term open');
  await page.keyboard.press('Escape');
  await expect(definition).toBeHidden();
  await expect(term).toBeFocused();
  await bothSchemes(page, 'study, claim chart');

  await goToStep(page, LATERAL_READING_ID);
  await expect(page.getByRole('heading', { level: 2, name: 'Lateral reading' })).toBeVisible();
  await expect(page.getByText(claims[0]!.searchTerms[0]!, { exact: true })).toBeVisible();
  const search = page.getByRole('listitem', { name: 'Search 1' });
  await search.getByLabel('Which claim did you check?').selectOption(claims[0]!.id);
  await search.getByLabel('What you searched for').fill(claims[0]!.searchTerms[0]!);
  await search.getByLabel(/^Where you found it/).fill(WHERE);
  await search.getByLabel(/^What it says/).fill('A regulator blocks such sites');
  await search.getByLabel(/^Who is behind that source/).fill('A national newspaper');
  await search.getByLabel('Does it support the claim?').selectOption('supports');
  await expect(page.getByRole('main').getByRole('link', { name: /javascript|example\.org/ })).toHaveCount(0);
  await bothSchemes(page, 'study, lateral reading');

  await goToStep(page, 'exit-ticket');
  const item = (n: number) => page.getByRole('listitem', { name: `Exit ticket ${n}`, exact: true });
  if (first!.kind !== 'single') throw new Error('expected a single-choice first item');
  await item(1)
    .getByRole('radio', { name: first!.options.find((o) => o.correct)!.text })
    .check();
  await item(2).getByRole('textbox').fill('"officially banned": find the regulator that blocks sites');
  await item(3).getByRole('textbox').fill('Sex workers’ organisations could say how common this is');
  await bothSchemes(page, 'study, exit ticket');
  await expect(savedStatus(page)).toBeVisible();

  await page.reload();
  // A step set in the address before the page is ready can be dropped by the router: wait for it.
  await expect(page.getByRole('navigation', { name: 'Lesson sections' })).toBeVisible();
  await goToStep(page, CLAIM_CHART_ID);
  await expect(row.getByLabel('Who asserts it?')).toHaveValue('The unnamed author');
  await expect(row.getByLabel('Status')).toHaveValue('unverifiable-here');
  await goToStep(page, LATERAL_READING_ID);
  await expect(search.getByLabel(/^Where you found it/)).toHaveValue(WHERE);

  await goToStep(page, 'finish');
  await page.getByRole('main').getByRole('button', { name: 'Export my answers' }).last().click();
  await page.getByRole('textbox', { name: 'Your name' }).fill('Task Student');
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('dialog').getByRole('button', { name: 'Export' }).click();
  const path = (await (await downloadPromise).path())!;
  const file = ResponseFileSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
  expect(file.path).toBe('extended');
  const entry = (id: string) => file.answers.find((a) => a.questionId === id)?.answer;
  expect(entry(CLAIM_CHART_ID)).toMatchObject({
    kind: 'claim-chart',
    rows: expect.arrayContaining([
      {
        claimId: claims[0]!.id,
        whoAsserts: 'The unnamed author',
        evidence: 'None: no law is named',
        howToCheck: 'Find the regulator and the law',
        status: 'unverifiable-here',
      },
    ]),
  });
  expect(entry(LATERAL_READING_ID)).toMatchObject({
    kind: 'lateral-reading',
    searches: [{ claimId: claims[0]!.id, where: WHERE, verdict: 'supports' }],
  });
  for (const q of [first, second, third]) expect(entry(q!.id)).toBeDefined();

  await page.goto(`${REVIEW_URL}?path=extended`);
  await page.getByLabel('Choose files').setInputFiles(path);
  await expect(page.getByText(/^Last import:/)).toContainText('1 imported');
  await page.getByRole('tab', { name: 'Charts and tasks' }).click();
  const chart = page.getByRole('region', { name: new RegExp(`^Claim 1: `) });
  await expect(chart).toContainText('The unnamed author');
  await expect(chart).toContainText('Unverifiable here: 1');
  const searches = page.getByRole('region', { name: /The class's searches/ });
  await expect(searches).toContainText(WHERE);
  await expect(searches.getByRole('link')).toHaveCount(0);
  const summary = page.locator(`[data-exit-item="${first!.id}"]`);
  await expect(summary).toContainText('Answered by 1 of 1');
  await expect(page.locator(`[data-exit-item="${second!.id}"]`)).toContainText('Not scored yet: 1');
  await bothSchemes(page, 'review, charts and tasks');
});

test('the chart slide: readable at both projector sizes, evidence on the reveal', async ({ page, wholeLesson }) => {
  const decks = pathDecks(wholeLesson);
  console.log(`Slides: core path ${decks.core.length}, extended path ${decks.extended.length}`);
  expect(decks.core.some((s) => s.kind === 'claim-chart')).toBe(false);
  const slide = decks.extended.find((s) => s.kind === 'claim-chart')!;
  expect(decks.extended[0]).toMatchObject({
    kind: 'title',
    facts: expect.arrayContaining(['Two lessons, about 120 minutes in all']),
  });
  expect(decks.core[0]).toMatchObject({ kind: 'title', facts: expect.arrayContaining(['About 60 minutes']) });
  await page.goto(`${PRESENT_URL}?path=extended#slide=${slide.id}`);
  await expect(currentSlide(page)).toHaveAttribute('data-slide-id', slide.id);
  await expect(currentSlide(page).locator('[data-evidence]')).toHaveCount(0);
  await page.keyboard.press('k');
  const rows = slide.kind === 'claim-chart' ? slide.rows.length : 0;
  await expect(currentSlide(page).locator('[data-evidence]')).toHaveCount(rows);
  for (const size of [
    { width: 1920, height: 1080 },
    { width: 1280, height: 720 },
  ]) {
    await page.setViewportSize(size);
    const overflow = await page.evaluate(() => {
      const body = document.querySelector<HTMLElement>('main [data-slide-body]')!;
      return body.scrollHeight > body.clientHeight;
    });
    expect(overflow).toBe(false);
    const fontSize = await currentSlide(page).evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(fontSize).toBeGreaterThanOrEqual(24);
    await page.screenshot({ path: test.info().outputPath(`chart-slide-${size.width}.png`) });
  }
  await bothSchemes(page, 'deck, chart slide revealed');
});
