/** Headless Chromium for the bench, with the CPU slowed down the way a school laptop is. */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from '@playwright/test';

export const CPU_SLOWDOWN = 6;

export function launchBrowser(): Promise<Browser> {
  const system = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  return chromium.launch({
    executablePath: existsSync(system) ? system : undefined,
    args: ['--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
}

/** A fresh page (own context: no cache, no storage) with the CPU throttled through the DevTools protocol. */
export async function throttledPage(browser: Browser, rate = CPU_SLOWDOWN): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  return page;
}

export async function closePage(page: Page) {
  await page.context().close();
}

export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export function median(values: readonly number[]): number {
  return percentile(values, 50);
}
