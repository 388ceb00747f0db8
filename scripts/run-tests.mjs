#!/usr/bin/env node
/**
 * `npm test`: every check and every test, in the order a failure is cheapest to find:
 * lesson files, verbatim report, types, lint, unit tests, the static build, then the browser
 * tests against that build. It keeps going after a failure where the next step can still run,
 * and ends with one summary line: "Tests: N passed, M failed".
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', FORCE_COLOR: process.env.FORCE_COLOR ?? '0' };
const verbatimTool = path.resolve('..', 'shared', 'tools', 'check-report-verbatim.mjs');
mkdirSync('reports', { recursive: true });

const results = [];
function step(name, command, args) {
  console.log(`\n=== ${name}: ${command} ${args.join(' ')}`);
  const started = Date.now();
  const run = spawnSync(command, args, { stdio: 'inherit', env });
  const ok = run.status === 0;
  results.push({ name, ok, seconds: Math.round((Date.now() - started) / 1000) });
  return ok;
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

step('lessons', 'npx', ['tsx', 'scripts/check-lessons.ts']);
if (existsSync(verbatimTool)) step('report verbatim', 'node', [verbatimTool, 'lessons']);
else console.log(`\n(skipping the verbatim check: ${verbatimTool} is not on this machine)`);
step('format', 'npx', ['prettier', '--check', '.']);
step('typecheck', 'npx', ['tsc', '--noEmit']);
step('lint', 'npx', ['eslint', '.', '--max-warnings', '0']);
step('unit tests', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile=reports/unit.json']);
// The browser tests run against the pages as served: with the Content-Security-Policy written in.
const built =
  step('build', 'npx', ['next', 'build']) &&
  step('content security policy', 'node', ['scripts/add-csp.mjs']) &&
  step('service worker', 'npx', ['tsx', 'scripts/build-sw.ts']);
if (built) step('browser tests', 'npx', ['playwright', 'test']);

const unit = readJson('reports/unit.json');
const e2e = built ? readJson('reports/e2e.json') : null;
const unitPassed = unit?.numPassedTests ?? 0;
const unitFailed = unit?.numFailedTests ?? 0;
const e2ePassed = e2e ? e2e.stats.expected + e2e.stats.flaky : 0;
const e2eFailed = e2e ? e2e.stats.unexpected : 0;
const e2eFlaky = e2e?.stats.flaky ?? 0;
const failedSteps = results.filter((r) => !r.ok);

console.log('\n=== Summary');
for (const r of results) console.log(`${r.ok ? 'ok  ' : 'FAIL'} ${r.name} (${r.seconds}s)`);
console.log(`unit tests: ${unitPassed} passed, ${unitFailed} failed`);
console.log(
  `browser tests: ${e2ePassed} passed, ${e2eFailed} failed${e2eFlaky ? ` (${e2eFlaky} passed only on retry)` : ''}`,
);
// A failed step that is not a test run (lint, types, build) counts as one failed test.
const stepFailures = failedSteps.filter((r) => r.name !== 'unit tests' && r.name !== 'browser tests').length;
const failed =
  unitFailed +
  e2eFailed +
  stepFailures +
  (failedSteps.some((r) => r.name === 'unit tests') && !unitFailed ? 1 : 0) +
  (failedSteps.some((r) => r.name === 'browser tests') && !e2eFailed ? 1 : 0);
console.log(`Tests: ${unitPassed + e2ePassed} passed, ${failed} failed`);
process.exit(failedSteps.length ? 1 : 0);
