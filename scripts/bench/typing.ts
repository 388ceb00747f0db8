/**
 * Typing latency: from a keydown to the next frame the page paints (requestAnimationFrame, then a task),
 * on the study page's first free-text answer box and on a bare <textarea>, at the same CPU slowdown.
 */
import type { Browser, Locator, Page } from '@playwright/test';
import { closePage, percentile, throttledPage } from './browser';

export const KEYSTROKES = 120;
export const BARE_TEXTAREA_PATH = '/bench-bare-textarea/';
export const BARE_TEXTAREA_HTML = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bare textarea</title></head>
<body><label for="a">Answer</label><textarea id="a" rows="3" cols="60"></textarea></body></html>`;

// Runs in the page: each keydown's time to the frame after it, measured from the event's own timestamp.
function installProbe() {
  const w = window as unknown as { __latencies: number[] };
  w.__latencies = [];
  document.addEventListener(
    'keydown',
    (event) => {
      const start = event.timeStamp;
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => w.__latencies.push(performance.now() - start);
        channel.port2.postMessage(null);
      });
    },
    { capture: true },
  );
}

export type Latency = { p50: number; p98: number };

async function typeInto(page: Page, box: Locator): Promise<Latency> {
  await box.click();
  await page.evaluate(installProbe);
  const text = 'The report names no author, so we cannot check who wrote it or why. ';
  for (let i = 0; i < KEYSTROKES; i += 1) {
    await page.keyboard.press(text[i % text.length] === ' ' ? 'Space' : text[i % text.length]!);
    await page.waitForFunction((n) => (window as unknown as { __latencies: number[] }).__latencies.length >= n, i + 1);
  }
  const values = await page.evaluate(() => (window as unknown as { __latencies: number[] }).__latencies);
  return { p50: percentile(values, 50), p98: percentile(values, 98) };
}

export async function typingLatency(
  browser: Browser,
  origin: string,
  studyUrl: string,
  questionNumber: number,
): Promise<{ study: Latency; bare: Latency }> {
  const bare = await throttledPage(browser);
  await bare.goto(origin + BARE_TEXTAREA_PATH);
  const bareResult = await typeInto(bare, bare.getByLabel('Answer'));
  await closePage(bare);

  const study = await throttledPage(browser);
  await study.goto(origin + studyUrl, { waitUntil: 'networkidle' });
  const box = study.getByRole('listitem', { name: `Question ${questionNumber}`, exact: true }).getByRole('textbox');
  await box.waitFor();
  const studyResult = await typeInto(study, box);
  await closePage(study);
  return { study: studyResult, bare: bareResult };
}
