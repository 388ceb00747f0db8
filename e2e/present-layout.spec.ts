/**
 * The projection's layout: the whole deck by keyboard at both projector sizes, each slide checked
 * before and after the reveal for overflow, readable text, the evidence legend and the hint on
 * slides that are all hidden until the reveal.
 */
import type { Page } from '@playwright/test';
import { currentSlide, expect, HINT_LABEL, hasEvidence, hidesWholeBody, test, toolbar } from './fixtures/present';

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
    const kicker = slide.querySelector('[data-kicker]');
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
    deck,
  }) => {
    const { slides, openDeck, expectOnSlide } = deck;
    await page.setViewportSize({ width, height });
    await openDeck();
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
    await expectOnSlide(slides.length - 1);
    await page.keyboard.press('ArrowLeft');
    await expectOnSlide(slides.length - 2);
    await page.keyboard.press('PageUp');
    await expectOnSlide(slides.length - 3);
    await page.keyboard.press('Home');
    await expectOnSlide(0);
    await page.keyboard.press('End');
    await expectOnSlide(slides.length - 1);
  });
}
