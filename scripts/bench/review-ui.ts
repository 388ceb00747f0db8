/**
 * The review page with a class of 1,000: the longest main-thread task (Long Tasks API) while the teacher
 * switches question and student, and how many DOM nodes the answer list holds.
 */
import { strToU8, zipSync } from 'fflate';
import type { Browser, Page } from '@playwright/test';
import { lessonQuestions } from '../../lib/lessons/analysis';
import { sampleClass } from '../../lib/testing/sample-class';
import type { Lesson } from '../../lib/schemas/lesson';
import { closePage, throttledPage } from './browser';

const SWITCHES = 5;
type Probe = { __longest: number };

function installLongTaskProbe() {
  const w = window as unknown as Probe;
  w.__longest = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) w.__longest = Math.max(w.__longest, entry.duration);
  }).observe({ type: 'longtask' });
}

async function longestDuring(page: Page, work: () => Promise<void>): Promise<number> {
  await page.evaluate(() => ((window as unknown as Probe).__longest = 0));
  await work();
  await page.waitForTimeout(300);
  return page.evaluate(() => (window as unknown as Probe).__longest);
}

export type ReviewUi = { questionSwitchMs: number; studentSwitchMs: number; listNodes: number; articles: number };

export async function reviewWithClass(browser: Browser, origin: string, lesson: Lesson, reviewUrl: string) {
  const files = sampleClass(lesson, 1000, { seed: 9, completion: 1 });
  const zip = zipSync(Object.fromEntries(files.map((f, i) => [`s${i}.json`, strToU8(JSON.stringify(f))])));
  const page = await throttledPage(browser, 1);
  await page.goto(origin + reviewUrl);
  await page.evaluate(installLongTaskProbe);
  await page.getByLabel('Choose files').setInputFiles({
    name: 'year-group.zip',
    mimeType: 'application/zip',
    buffer: Buffer.from(zip),
  });
  await page.getByText(/^Last import:.*1,000 imported/).waitFor({ timeout: 300_000 });

  await page.getByRole('tab', { name: 'By question' }).click();
  // The first question is already shown: switching starts from the second.
  const questions = lessonQuestions(lesson).slice(1, SWITCHES + 1);
  let questionSwitchMs = 0;
  for (const { question } of questions) {
    const before = await page.locator('h2').first().textContent();
    const ms = await longestDuring(page, async () => {
      await page.getByLabel('Question', { exact: true }).selectOption(question.id);
      // The new question's answer cards are drawn in later tasks: the window closes after they are.
      await page.waitForFunction(
        (text) => document.querySelector('h2')?.textContent !== text && document.querySelector('article') !== null,
        before,
      );
    });
    questionSwitchMs = Math.max(questionSwitchMs, ms);
  }
  const { listNodes, articles } = await page.evaluate(() => {
    const first = document.querySelector('article');
    return {
      listNodes: first?.parentElement?.querySelectorAll('*').length ?? 0,
      articles: document.querySelectorAll('article').length,
    };
  });

  await page.getByRole('tab', { name: 'By student' }).click();
  const student = page.getByLabel('Student', { exact: true });
  const names = await student.evaluate((el) => [...(el as HTMLSelectElement).options].map((o) => o.label));
  let studentSwitchMs = 0;
  for (const name of names.slice(1, SWITCHES + 1)) {
    const ms = await longestDuring(page, async () => {
      await student.selectOption({ label: name });
      await page.getByRole('heading', { level: 2, name, exact: true }).waitFor();
    });
    studentSwitchMs = Math.max(studentSwitchMs, ms);
  }
  await closePage(page);
  return { questionSwitchMs, studentSwitchMs, listNodes, articles } satisfies ReviewUi;
}
