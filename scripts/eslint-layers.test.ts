import { ESLint } from 'eslint';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/** Lints `code` as if it were the file at `file` (which need not exist) and returns the layer-rule errors. */
async function layerErrors(file: string, code: string): Promise<string[]> {
  const eslint = new ESLint({ cwd: process.cwd() });
  const [result] = await eslint.lintText(code, { filePath: path.join(process.cwd(), file) });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'no-restricted-imports' && m.severity === 2)
    .map((m) => m.message);
}

const use = (from: string) => `import { x } from '${from}';\nexport const y = x;\n`;

describe('layer rules in eslint.config.mjs', { timeout: 60_000 }, () => {
  it.each([
    ['lib/review/bad.ts', '@/components/review/ReviewContext'],
    ['lib/study/bad.ts', '../../app/layout'],
    ['lib/storage/bad.ts', '@/components/common/SaveStatus'],
  ])('%s may not import %s (lib never imports components/ or app/)', async (file, from) => {
    expect(await layerErrors(file, use(from))).toEqual([expect.stringContaining('lib/ is framework-free')]);
  });

  it.each([
    ['lib/storage/bad.ts', '@/lib/review/feedback'],
    ['lib/storage/bad.ts', '@/lib/study/answer-session'],
    ['lib/storage/bad.ts', '../exchange/gradebook-csv'],
    ['lib/storage/bad.ts', '@/lib/autosave/autosaver'],
  ])('%s may not import %s (storage depends only on schemas)', async (file, from) => {
    expect(await layerErrors(file, use(from))).toEqual([expect.stringContaining('lib/storage depends only on')]);
  });

  it.each([
    ['components/review/Bad.tsx', '@/lib/storage/review-store'],
    ['components/study/Bad.tsx', '../../lib/storage/answer-store'],
    ['app/lessons/bad.tsx', '@/lib/storage/browser-storage'],
  ])('%s may not import %s (components go through the sessions)', async (file, from) => {
    expect(await layerErrors(file, use(from))).toEqual([expect.stringContaining('only through the session')]);
  });

  it.each([
    ['lib/storage/good.ts', '@/lib/schemas/review'],
    ['lib/storage/good.ts', './browser-storage'],
    ['lib/storage/good.ts', 'zod'],
    ['lib/review/good.ts', '@/lib/storage/review-store'],
    ['components/review/Good.tsx', '@/lib/review/review-session'],
    ['components/study/Good.tsx', '@/components/common/SaveStatus'],
  ])('%s may import %s', async (file, from) => {
    expect(await layerErrors(file, use(from))).toEqual([]);
  });
});
