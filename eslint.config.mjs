import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

/*
 * Layer rules (tested in scripts/eslint-layers.test.ts). Each import is matched as written, by
 * alias or relative path. A later block replaces an earlier block's rule for the same files, so
 * lib/storage repeats the lib rule.
 */
const libStaysFrameworkFree = {
  regex: '^(@/|(\\.\\./)+)(components|app)(/|$)',
  message: 'lib/ is framework-free: it never imports components/ or app/.',
};
const storageOnlyOnSchemas = {
  regex: '^(@/lib/|\\.\\./)(?!(schemas|storage|testing)(/|$))',
  message: 'lib/storage depends only on lib/schemas (and libraries), never on a feature folder.',
};
const uiThroughSessions = {
  regex: '^(@/|(\\.\\./)+)lib/storage(/|$)',
  message: 'Components reach storage only through the session modules (lib/study, lib/review).',
};

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    files: ['lib/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: [libStaysFrameworkFree] }] },
  },
  {
    files: ['lib/storage/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: [libStaysFrameworkFree, storageOnlyOnSchemas] }] },
  },
  {
    files: ['components/**/*.{ts,tsx}', 'app/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: [uiThroughSessions] }] },
  },
  globalIgnores([
    '.next/**',
    'out/**',
    'next-env.d.ts',
    'test-results/**',
    'playwright-report/**',
    'bench-output/**',
    // Scratch probes and measurement output, git-ignored: not part of the project.
    'reports/**',
    'screenshots/**',
  ]),
]);
