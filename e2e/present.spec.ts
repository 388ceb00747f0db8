/**
 * The classroom projection: keyboard navigation through the whole deck, no overflow on any slide
 * at both projector sizes before and after the reveal, evidence marks and their legend, revealing
 * key points (and the hint on slides that are all hidden until then), the presenter window kept in
 * step both ways, reload, the controls, and axe. Slides are built from the lesson JSON with the
 * app's own builder, so no lesson wording is hard-coded here.
 */
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { buildSlides } from '../lib/present/build-slides';
import type { Slide } from '../lib/present/slide-types';
import { LessonSchema } from '../lib/schemas/lesson';

const LESSON_ID = 'pakistan-online-sex-work-report';
const lesson = LessonSchema.parse(
  JSON.parse(readFileSync(path.join(process.cwd(), 'lessons', LESSON_ID, 'lesson.json'), 'utf8')),
);
const slides = buildSlides(lesson);
const PRESENT_URL = `/lessons/${LESSON_ID}/present/`;
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const indexOf = (id: string) => slides.findIndex((s) => s.id === id);
const firstWhere = (match: (s: Slide) => boolean) => {
  const slide = slides.find(match);
  if (!slide) throw new Error('the lesson has no such slide');
  return slide;
};
const hasEvidence = (s: Slide) =>
  s.kind === 'report' && s.paragraphs.some((p) => p.sentences.some((x) => x.evidence.length > 0));
const evidenceSlide = firstWhere(hasEvidence);
const promptSlide = firstWhere((s) => s.kind === 'prompt' && s.keyPoints.length > 0);
const choiceSlide = firstWhere((s) => s.kind === 'question' && s.body.type === 'choice' && s.keyPoints.length > 0);
const keyPointsSlide = firstWhere((s) => s.kind === 'key-points');
const lookBackSlides = slides.filter((s) => s.kind === 'question' && s.body.type === 'look-back');
/** Slides whose whole body waits for the reveal, so they must say what is hidden. */
const hidesWholeBody = (s: Slide) => s.kind === 'key-points' || (s.kind === 'question' && s.body.type === 'look-back');
const HINT_LABEL = 'Hidden until revealed';

const currentSlide = (page: Page) => page.locator('main section[aria-roledescription="slide"]');
const toolbar = (page: Page) => page.getByRole('toolbar', { name: 'Presentation controls' });

async function openDeck(page: Page, slideId?: string) {
  await page.goto(`${PRESENT_URL}${slideId ? `#slide=${slideId}` : ''}`);
  await expect(currentSlide(page)).toHaveAttribute('data-slide-id', slideId ?? slides[0]!.id);
}

async function expectOnSlide(page: Page, index: number) {
  const slide = slides[index]!;
  await expect(currentSlide(page)).toHaveAttribute('data-slide-id', slide.id);
  await expect(currentSlide(page).getByRole('heading', { level: 2, name: slide.title, exact: true })).toBeVisible();
  await expect(currentSlide(page).getByText(`Slide ${index + 1} of ${slides.length}`)).toBeVisible();
}

/**
 * One look at the slide on screen: its heading and progress line, everything that does not fit
 * (overflowing boxes, text cut off, a page that scrolls, the evidence legend running into the
 * counter or the controls), the smallest font size of the text the back row must read (paragraphs
 * and list items of the body, and the evidence legend; not the small labels), the size of the line
 * above the heading, and whether the "hidden until revealed" hint is there. One round trip, so the
 * sweep stays quick.
 */
function inspectSlide(page: Page) {
  return page.evaluate((hintLabel) => {
    const problems: string[] = [];
    const body = document.querySelector<HTMLElement>('main [data-slide-body]');
    const slide = document.querySelector<HTMLElement>('main section[aria-roledescription="slide"]');
    if (!body || !slide)
      return {
        heading: null,
        footer: null,
        problems: ['no slide'],
        smallest: null,
        kicker: null,
        legend: false,
        hint: false,
      };
    if (body.scrollHeight > body.clientHeight)
      problems.push(`content ${body.scrollHeight}px tall in a ${body.clientHeight}px box`);
    if (body.scrollWidth > body.clientWidth)
      problems.push(`content ${body.scrollWidth}px wide in a ${body.clientWidth}px box`);
    if (slide.scrollHeight > slide.clientHeight || slide.scrollWidth > slide.clientWidth)
      problems.push('the slide overflows the screen');
    const root = document.scrollingElement!;
    if (root.scrollHeight > window.innerHeight || root.scrollWidth > window.innerWidth)
      problems.push('the page scrolls');
    const box = body.getBoundingClientRect();
    for (const el of body.querySelectorAll('p, li, h2, span')) {
      const r = el.getBoundingClientRect();
      if (r.height > 0 && (r.bottom > box.bottom + 0.5 || r.right > box.right + 0.5))
        problems.push(`"${el.textContent?.slice(0, 40)}" is cut off`);
    }
    const legend = slide.querySelector<HTMLElement>('footer ul[aria-label="Evidence marks"]');
    if (legend) {
      const overlaps = (a: DOMRect, b: DOMRect) =>
        a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
      const l = legend.getBoundingClientRect();
      const counter = slide.querySelector('footer > p')?.getBoundingClientRect();
      const controls = document
        .querySelector('[role="toolbar"][aria-label="Presentation controls"]')
        ?.getBoundingClientRect();
      if (counter && overlaps(l, counter)) problems.push('the legend runs into the slide counter');
      if (controls && overlaps(l, controls)) problems.push('the legend runs into the controls');
      if (l.bottom > slide.getBoundingClientRect().bottom + 0.5 || l.right > slide.getBoundingClientRect().right + 0.5)
        problems.push('the legend is cut off');
    }
    const read = [...body.querySelectorAll('p, li'), ...(legend ? legend.querySelectorAll('li') : [])];
    const sizes = read
      .filter((el) => !el.closest('[data-label]') && el.getBoundingClientRect().height > 1)
      .map((el) => parseFloat(getComputedStyle(el).fontSize));
    const kicker = slide.querySelector(':scope > p');
    return {
      heading: slide.querySelector('h2')?.textContent ?? null,
      footer: slide.querySelector('footer')?.textContent ?? null,
      problems,
      smallest: sizes.length ? Math.min(...sizes) : null,
      kicker: kicker ? parseFloat(getComputedStyle(kicker).fontSize) : null,
      legend: legend !== null,
      hint: body.querySelector(`section[aria-label="${hintLabel}"]`) !== null,
    };
  }, HINT_LABEL);
}

for (const { width, height, minFont, minKicker } of [
  { width: 1920, height: 1080, minFont: 32, minKicker: 24 },
  { width: 1280, height: 720, minFont: 24, minKicker: 18 },
]) {
  test(`the whole deck by keyboard at ${width}x${height}: every slide fits, before and after the reveal, with readable text`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height });
    await openDeck(page);
    // Evidence marks on (the taller report text, and the legend); each slide is checked as it
    // first appears and, if it has something to reveal, again with key points and answers shown.
    await page.keyboard.press('e');
    const nextKeys = ['ArrowRight', 'Space', 'PageDown'];
    for (let i = 0; i < slides.length; i++) {
      const slide = slides[i]!;
      await expect(currentSlide(page)).toHaveAttribute('data-slide-id', slide.id);
      for (const revealed of slide.revealable ? [false, true] : [false]) {
        if (revealed) {
          await page.keyboard.press('k');
          await expect(toolbar(page).getByRole('button', { name: 'Show key points' })).toHaveAttribute(
            'aria-pressed',
            'true',
          );
        }
        const seen = await inspectSlide(page);
        const where = `slide ${i + 1} (${slide.id})${revealed ? ', revealed' : ''}`;
        expect(seen.heading, where).toBe(slide.title);
        expect(seen.footer, where).toContain(`Slide ${i + 1} of ${slides.length}`);
        expect(seen.problems, where).toEqual([]);
        expect(seen.hint, `hint on ${where}`).toBe(!revealed && hidesWholeBody(slide));
        expect(seen.legend, `legend on ${where}`).toBe(hasEvidence(slide));
        if (seen.smallest !== null) expect(seen.smallest, `body text on ${where}`).toBeGreaterThanOrEqual(minFont);
        expect(seen.kicker, `line above the heading on ${where}`).toBeGreaterThanOrEqual(minKicker);
      }
      if (i < slides.length - 1) await page.keyboard.press(nextKeys[i % nextKeys.length]!);
    }
    await page.keyboard.press('ArrowRight');
    await expectOnSlide(page, slides.length - 1);
    await page.keyboard.press('ArrowLeft');
    await expectOnSlide(page, slides.length - 2);
    await page.keyboard.press('PageUp');
    await expectOnSlide(page, slides.length - 3);
    await page.keyboard.press('Home');
    await expectOnSlide(page, 0);
    await page.keyboard.press('End');
    await expectOnSlide(page, slides.length - 1);
  });
}

test('"Show the evidence" marks quotes, anonymised people and legal claims in the text, with a legend', async ({
  page,
}) => {
  if (evidenceSlide.kind !== 'report') throw new Error('expected a report slide');
  const kinds = evidenceSlide.paragraphs.flatMap((p) => p.sentences.flatMap((s) => s.evidence));
  await openDeck(page, evidenceSlide.id);
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

test('key points stay hidden until revealed, and hide again on leaving the slide', async ({ page }) => {
  if (promptSlide.kind !== 'prompt') throw new Error('expected a prompt slide');
  await openDeck(page, promptSlide.id);
  const keyPoints = currentSlide(page).getByRole('region', { name: 'Key points' });
  await expect(keyPoints).toBeHidden();
  await page.keyboard.press('k');
  await expect(keyPoints.getByRole('listitem')).toHaveText(promptSlide.keyPoints);
  await page.keyboard.press('k');
  await expect(keyPoints).toBeHidden();

  await page.keyboard.press('k');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowLeft');
  await expectOnSlide(page, indexOf(promptSlide.id));
  await expect(keyPoints).toBeHidden();
});

test('a key-points slide says its key points are hidden until K, then shows them', async ({ page }) => {
  if (keyPointsSlide.kind !== 'key-points') throw new Error('expected a key-points slide');
  await openDeck(page, keyPointsSlide.id);
  const hint = currentSlide(page).getByRole('region', { name: HINT_LABEL });
  const keyPoints = currentSlide(page).getByRole('region', { name: 'Key points' });
  await expect(hint).toBeVisible();
  await expect(hint).toContainText('press K');
  await expect(keyPoints).toBeHidden();
  await page.keyboard.press('k');
  await expect(keyPoints.getByRole('listitem')).toHaveText(keyPointsSlide.keyPoints);
  await expect(hint).toBeHidden();
});

test('the parts of a question answered across sections differ before the reveal', async ({ page }) => {
  expect(lookBackSlides.length).toBeGreaterThan(0);
  const hints: string[] = [];
  for (const slide of lookBackSlides) {
    if (slide.kind !== 'question' || slide.body.type !== 'look-back') throw new Error('expected a look-back question');
    await openDeck(page, slide.id);
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

test('revealing a choice question marks the correct options only', async ({ page }) => {
  if (choiceSlide.kind !== 'question' || choiceSlide.body.type !== 'choice')
    throw new Error('expected a choice question');
  const { options } = choiceSlide.body;
  await openDeck(page, choiceSlide.id);
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

test('the URL follows the slide, a reload stays there, and a bad address falls back gracefully', async ({ page }) => {
  const start = indexOf(promptSlide.id);
  await openDeck(page, promptSlide.id);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expectOnSlide(page, start + 2);
  await expect(page).toHaveURL(new RegExp(`#slide=${slides[start + 2]!.id.replace(/\./g, '\\.')}$`));
  await page.reload();
  await expectOnSlide(page, start + 2);

  await page.goto(`${PRESENT_URL}#slide=99999`);
  await page.reload();
  await expectOnSlide(page, slides.length - 1);
  await page.goto(`${PRESENT_URL}#slide=no-such-slide`);
  await page.reload();
  await expectOnSlide(page, 0);
  await page.goto(`${PRESENT_URL}#slide=${evidenceSlide.id}.99`);
  await page.reload();
  await expectOnSlide(page, indexOf(evidenceSlide.id));
});

test('B blanks the screen; a navigation key brings the same slide back', async ({ page }) => {
  await openDeck(page, promptSlide.id);
  await page.keyboard.press('b');
  const blank = page.locator('[data-blank-screen]');
  await expect(blank).toBeVisible();
  await expect(blank).toHaveCSS('background-color', 'rgb(0, 0, 0)');
  await expect(toolbar(page)).toBeHidden();
  await page.keyboard.press('ArrowRight');
  await expect(blank).toBeHidden();
  await expectOnSlide(page, indexOf(promptSlide.id));
  await page.keyboard.press('b');
  await page.keyboard.press('b');
  await expect(blank).toBeHidden();
});

test('the on-screen controls hide when the pointer rests and come back on movement or keyboard focus', async ({
  page,
}) => {
  await page.clock.install();
  await openDeck(page);
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
  await expectOnSlide(page, 1);
  await page.keyboard.press('Enter');
  await expectOnSlide(page, 2);
});

test('F puts the deck in full screen and takes it out again', async ({ page }) => {
  await openDeck(page);
  const fullscreen = () => page.evaluate(() => document.fullscreenElement !== null);
  await page.keyboard.press('f');
  await expect.poll(fullscreen).toBe(true);
  await page.keyboard.press('f');
  await expect.poll(fullscreen).toBe(false);
});

test('? lists the shortcuts in a dialog that holds the deck still and closes with Escape', async ({ page }) => {
  await openDeck(page);
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
  await expectOnSlide(page, 1);
});

test('the presenter window and the projector stay in step in both directions', async ({ page, context }) => {
  await openDeck(page, promptSlide.id);
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
  await expectOnSlide(page, start + 1);
  await presenter.getByRole('button', { name: 'Next', exact: true }).click();
  await expectOnSlide(page, start + 2);

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
  await page.goto(`/lessons/${LESSON_ID}/present/presenter/`);
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

test('the projector page has one h1 and its own title', async ({ page }) => {
  await openDeck(page);
  await expect(page).toHaveTitle(new RegExp(`^Present: ${lesson.title}`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(lesson.title);
  await expect(page.getByRole('banner')).toHaveCount(0);
});

/** Stricter than the issue asks (no serious or critical problems): no violation of any impact. */
async function expectNoAxeViolations(page: Page, where: string) {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  expect(
    results.violations.map((v) => `${where}: ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
}

test('axe finds no problems on the deck and its shortcuts dialog', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await openDeck(page);
  await page.mouse.move(10, 10);
  await expectNoAxeViolations(page, 'title');
  await page.goto(`${PRESENT_URL}#slide=${choiceSlide.id}`);
  await page.keyboard.press('k');
  await expect(currentSlide(page).getByText('✓ Correct').first()).toBeVisible();
  await expectNoAxeViolations(page, 'question revealed');
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog')).toBeVisible();
  await expectNoAxeViolations(page, 'shortcuts dialog');
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds no problems with the evidence marks and in the presenter view (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await openDeck(page, evidenceSlide.id);
    await page.keyboard.press('e');
    await expect(currentSlide(page).locator('[data-evidence]').first()).toBeVisible();
    await expectNoAxeViolations(page, 'report with evidence');
    await openDeck(page, keyPointsSlide.id);
    await expect(currentSlide(page).getByRole('region', { name: HINT_LABEL })).toBeVisible();
    await expectNoAxeViolations(page, 'key points hidden');
    await page.goto(`/lessons/${LESSON_ID}/present/presenter/#slide=${evidenceSlide.id}`);
    await expect(page.getByRole('heading', { name: /^Now showing:/ })).toBeVisible();
    await expectNoAxeViolations(page, 'presenter view');
  });
}
