/**
 * What the projection reveals: evidence marks and their legend, key points (hidden until K, and
 * hidden again on leaving), the hint on slides that are all hidden until then, and the answers.
 */
import { currentSlide, expect, HINT_LABEL, test, toolbar } from './fixtures/present';

test('"Show the evidence" marks quotes, anonymised people and legal claims in the text, with a legend', async ({
  page,
  deck,
}) => {
  const { evidenceSlide, openDeck } = deck;
  if (evidenceSlide.kind !== 'report') throw new Error('expected a report slide');
  const kinds = evidenceSlide.paragraphs.flatMap((p) => p.sentences.flatMap((s) => s.evidence));
  await openDeck(evidenceSlide.id);
  const marks = currentSlide(page).locator('[data-evidence]');
  const legend = currentSlide(page).getByRole('list', { name: 'Evidence marks' });
  await expect(marks).toHaveCount(0);
  await expect(legend).toBeHidden();

  await page.keyboard.press('e');
  await expect(marks).toHaveCount(kinds.length);
  for (const kind of new Set(kinds))
    await expect(currentSlide(page).locator(`[data-evidence="${kind}"]`)).toHaveCount(
      kinds.filter((k) => k === kind).length,
    );
  await expect(legend.getByRole('listitem')).toHaveText(['“Direct quote', 'Anonymised person', '§Legal claim']);
  // Screen readers hear what a mark means, not just see a style.
  await expect(
    currentSlide(page)
      .getByText(/^\[(Direct quote|Anonymised person|Legal claim)/)
      .first(),
  ).toBeAttached();

  await page.mouse.move(10, 10);
  await toolbar(page).getByRole('button', { name: 'Show the evidence' }).click();
  await expect(marks).toHaveCount(0);
  await expect(legend).toBeHidden();
});

test('key points stay hidden until revealed, and hide again on leaving the slide', async ({ page, deck }) => {
  const { indexOf, promptSlide, openDeck, expectOnSlide } = deck;
  if (promptSlide.kind !== 'prompt') throw new Error('expected a prompt slide');
  await openDeck(promptSlide.id);
  const keyPoints = currentSlide(page).getByRole('region', { name: 'Key points' });
  await expect(keyPoints).toBeHidden();
  await page.keyboard.press('k');
  await expect(keyPoints.getByRole('listitem')).toHaveText(promptSlide.keyPoints);
  await page.keyboard.press('k');
  await expect(keyPoints).toBeHidden();

  await page.keyboard.press('k');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowLeft');
  await expectOnSlide(indexOf(promptSlide.id));
  await expect(keyPoints).toBeHidden();
});

test('a key-points slide says its key points are hidden until K, then shows them', async ({ page, deck }) => {
  const { keyPointsSlide, openDeck } = deck;
  if (keyPointsSlide.kind !== 'key-points') throw new Error('expected a key-points slide');
  await openDeck(keyPointsSlide.id);
  const hint = currentSlide(page).getByRole('region', { name: HINT_LABEL });
  const keyPoints = currentSlide(page).getByRole('region', { name: 'Key points' });
  await expect(hint).toBeVisible();
  await expect(hint).toContainText('press K');
  await expect(keyPoints).toBeHidden();
  await page.keyboard.press('k');
  await expect(keyPoints.getByRole('listitem')).toHaveText(keyPointsSlide.keyPoints);
  await expect(hint).toBeHidden();
});

test('the parts of a question answered across sections differ before the reveal', async ({ page, deck }) => {
  const { lookBackSlides, openDeck } = deck;
  expect(lookBackSlides.length).toBeGreaterThan(0);
  const hints: string[] = [];
  for (const slide of lookBackSlides) {
    if (slide.kind !== 'question' || slide.body.type !== 'look-back') throw new Error('expected a look-back question');
    await openDeck(slide.id);
    const hint = currentSlide(page).getByRole('region', { name: HINT_LABEL });
    await expect(hint).toContainText('press K');
    // It names the sections whose sentences this part's reveal lists.
    for (const section of new Set(slide.body.sentences.map((s) => s.section)))
      await expect(hint).toContainText(section);
    hints.push((await hint.textContent()) ?? '');
    await page.keyboard.press('k');
    await expect(hint).toBeHidden();
    await expect(
      currentSlide(page).getByRole('list', { name: 'Sentences that answer it' }).getByRole('listitem'),
    ).toHaveCount(slide.body.sentences.length);
  }
  expect(new Set(hints).size).toBe(hints.length);
});

test('revealing a choice question marks the correct options only', async ({ page, choiceSlide, openDeck }) => {
  if (choiceSlide.kind !== 'question' || choiceSlide.body.type !== 'choice')
    throw new Error('expected a choice question');
  const { options } = choiceSlide.body;
  await openDeck(choiceSlide.id);
  const items = currentSlide(page).getByRole('listitem');
  await expect(currentSlide(page).getByText('✓ Correct')).toHaveCount(0);
  await page.keyboard.press('k');
  for (const o of options) {
    const item = items.filter({ hasText: o.text });
    if (o.correct) await expect(item.getByText('✓ Correct')).toBeVisible();
    else await expect(item.getByText('✓ Correct')).toHaveCount(0);
  }
  await expect(currentSlide(page).getByRole('region', { name: 'Key points' }).getByRole('listitem')).toHaveText(
    choiceSlide.keyPoints,
  );
});
