/**
 * The Content-Security-Policy written by scripts/add-csp.mjs: every page carries it, and no page
 * breaks it (the browser reports a `securitypolicyviolation` for anything it blocks) or logs an
 * error, in either colour scheme.
 */
import { expect, test, type Page } from '@playwright/test';
import { presenterPath, projectorPath, reviewPath } from '../lib/lessons/lesson-paths';
import { LESSON_ID, LESSON_URL, STUDY_URL } from './fixtures/lesson';

const routes = [
  { name: 'lessons list', url: '/' },
  { name: 'lesson start page', url: LESSON_URL },
  { name: 'study', url: STUDY_URL },
  { name: 'present', url: projectorPath(LESSON_ID) },
  { name: 'presenter', url: presenterPath(LESSON_ID) },
  { name: 'review', url: reviewPath(LESSON_ID) },
  { name: 'not found', url: '/no-such-page/' },
];

declare global {
  interface Window {
    cspViolations?: string[];
  }
}

/** Listens from before the page's own scripts run, so a violation while loading is counted too. */
async function recordProblems(page: Page): Promise<string[]> {
  await page.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.cspViolations?.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline code'}`);
    });
  });
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

for (const scheme of ['light', 'dark'] as const) {
  for (const { name, url } of routes) {
    test(`${name} keeps to its Content-Security-Policy, with no errors (${scheme})`, async ({ page, baseURL }) => {
      const errors = await recordProblems(page);
      await page.emulateMedia({ colorScheme: scheme });
      const response = await page.goto(url);
      await page.waitForLoadState('networkidle');
      expect(await page.evaluate(() => document.documentElement.classList.contains('dark'))).toBe(scheme === 'dark');

      const policy = await page.locator('head > meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
      expect(policy).toMatch(/script-src 'self'( 'sha256-[A-Za-z0-9+/]+=*')+;/);
      expect(policy).not.toContain('unsafe-eval');
      expect(await page.evaluate(() => window.cspViolations)).toEqual([]);
      // The not-found page is served with status 404, which Chromium logs as a failed load of the page itself.
      const expected =
        response?.status() === 404
          ? [`Failed to load resource: the server responded with a status of 404 (Not Found) (${baseURL}${url})`]
          : [];
      expect(errors).toEqual(expected);
    });
  }
}
