/**
 * `npm run bench`: the one place speed is measured. Every figure is set beside a baseline built or loaded
 * in the same run (these machines are noisy: absolute times are not comparable across runs):
 * first-load JS against three framework floors, typing latency and LCP at 6x CPU slowdown against bare
 * pages, the review with 1,000 students, the review importing a hostile zip, and the import/statistics/export
 * times.
 * Measures the built site in out/ (`npm run build` first). Prints one table, writes reports/bench.json.
 * `--out=<dir>` measures another built copy. `--reuse-floors` keeps the floor apps of an earlier run (quicker while iterating; not for final figures).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { lessonQuestions } from '../lib/lessons/analysis';
import { getLessons } from '../lib/lessons/load';
import { reviewPath, studyPath } from '../lib/lessons/lesson-paths';
import { lessonOnPath } from '../lib/lessons/teaching-path';
import { indexLesson } from '../lib/review/lesson-index';
import { CPU_SLOWDOWN, launchBrowser } from './bench/browser';
import { routeSizes } from './bench/first-load';
import { buildFloors, FLOOR_LABELS, type FloorName } from './bench/floors';
import { hostileZipImport } from './bench/hostile-zip';
import {
  largestContentfulPaint,
  plainReportHtml,
  PLAIN_REPORT_PATH,
  STUDY_WITHOUT_SCRIPTS_PATH,
  withoutScripts,
} from './bench/lcp';
import { reviewData } from './bench/review-data';
import { reviewWithClass } from './bench/review-ui';
import { serveStatic } from './bench/server';
import { formatTable, kb, longestTask, ms, type Row } from './bench/table';
import { BARE_TEXTAREA_HTML, BARE_TEXTAREA_PATH, KEYSTROKES, typingLatency } from './bench/typing';

const root = path.resolve(__dirname, '..');
const outArg = process.argv.find((a) => a.startsWith('--out='));
const outDir = outArg ? path.resolve(outArg.slice('--out='.length)) : path.join(root, 'out');

/**
 * Which floor a route is held to, and how far above it it may be. The targets are the built lesson's
 * pages; a lesson opened from a file (/opened/…) also carries the lesson-file reader, and is shown
 * against the same floor without a target.
 */
function floorFor(route: string): { floor: FloorName; target?: number } {
  const lessonPage = route.startsWith('/lessons/');
  if (route.endsWith('/study/')) return { floor: 'form', target: lessonPage ? 1.1 : undefined };
  if (route.endsWith('/review/')) return { floor: 'form', target: lessonPage ? 1.15 : undefined };
  if (route.endsWith('/present/')) return { floor: 'mui', target: lessonPage ? 1.15 : undefined };
  return { floor: 'mui' };
}

/** A browser measurement that fails is reported in the table, and the rest still run. */
async function attempt<T>(rows: Row[], figure: string, work: () => Promise<T>): Promise<T | null> {
  try {
    return await work();
  } catch (error) {
    rows.push({ figure, value: `failed: ${String(error).split('\n')[0]}` });
    return null;
  }
}

async function main() {
  if (!existsSync(outDir)) throw new Error('No out/ folder: run `npm run build` first.');
  const lesson = getLessons()[0];
  if (!lesson) throw new Error('No lesson found in lessons/: nothing to benchmark.');
  const index = indexLesson(lesson);
  // The study page opens on the core teaching path: type into its first free-text question.
  const firstText = lessonQuestions(lessonOnPath(lesson, 'core')).find((q) => q.question.kind === 'text');
  if (!firstText) throw new Error('The lesson has no free-text question to type into.');
  const rows: Row[] = [];
  console.log(`Lesson ${lesson.id} v${lesson.version}. Node ${process.version}. Building the floors…`);

  const floors = buildFloors(root, process.argv.includes('--reuse-floors'));
  for (const name of Object.keys(floors) as FloorName[])
    rows.push({ figure: `Floor: ${FLOOR_LABELS[name]}`, value: kb(floors[name]) });
  const routes = routeSizes(outDir);
  for (const { route, bytes } of routes) {
    const { floor, target } = floorFor(route);
    const ratio = bytes / floors[floor];
    rows.push({ figure: `First-load JS ${route}`, value: kb(bytes), baseline: `${floor} floor`, ratio, target });
  }

  const server = await serveStatic(
    outDir,
    new Map([
      [BARE_TEXTAREA_PATH, { body: BARE_TEXTAREA_HTML }],
      [PLAIN_REPORT_PATH, { body: plainReportHtml(lesson) }],
      [
        STUDY_WITHOUT_SCRIPTS_PATH,
        { body: withoutScripts(readFileSync(path.join(outDir, studyPath(lesson.id), 'index.html'), 'utf8')) },
      ],
    ]),
  );
  const browser = await launchBrowser();
  const measured: Record<string, unknown> = {};
  try {
    console.log(`Typing ${KEYSTROKES} keys at ${CPU_SLOWDOWN}x…`);
    const studyUrl = `${studyPath(lesson.id)}#${firstText.sectionId ?? 'wrap-up'}`;
    const typing = await attempt(rows, 'Typing', () => typingLatency(browser, server.url, studyUrl, firstText.number));
    if (typing)
      for (const p of ['p50', 'p98'] as const)
        rows.push({
          figure: `Typing ${p} at ${CPU_SLOWDOWN}x (study answer box)`,
          value: ms(typing.study[p]),
          baseline: `${ms(typing.bare[p])} bare textarea`,
          ratio: typing.study[p] / typing.bare[p],
          target: p === 'p98' ? 1.3 : undefined,
        });

    console.log('Largest Contentful Paint…');
    const lcp = await attempt(rows, 'LCP', () => largestContentfulPaint(browser, server.url, studyPath(lesson.id)));
    if (lcp)
      rows.push({
        figure: `LCP at ${CPU_SLOWDOWN}x (study page)`,
        value: ms(lcp.study),
        baseline: `${ms(lcp.plain)} plain HTML`,
        ratio: lcp.study / lcp.plain,
        target: 1.2,
      });
    if (lcp)
      rows.push({
        figure: `LCP at ${CPU_SLOWDOWN}x (study page, scripts removed)`,
        value: ms(lcp.withoutScripts),
        baseline: `${ms(lcp.plain)} plain HTML`,
        ratio: lcp.withoutScripts / lcp.plain,
      });

    console.log('Review with 1,000 students…');
    const review = await attempt(rows, 'Review 1,000', () =>
      // The review opens on the core path: its question picker offers the core questions only.
      reviewWithClass(browser, server.url, lessonOnPath(lesson, 'core'), reviewPath(lesson.id)),
    );
    if (review)
      rows.push(
        {
          figure: 'Review 1,000: longest task, switching question',
          value: longestTask(review.questionSwitchMs),
          amount: review.questionSwitchMs,
          target: 100,
        },
        {
          figure: 'Review 1,000: longest task, switching student',
          value: longestTask(review.studentSwitchMs),
          amount: review.studentSwitchMs,
          target: 100,
        },
        {
          figure: 'Review 1,000: DOM nodes in the answer list',
          value: `${review.listNodes} (${review.articles} cards)`,
        },
      );

    console.log('Review importing the hostile zip…');
    const hostileZip = await attempt(rows, 'Hostile zip', () =>
      hostileZipImport(browser, server.url, lesson, reviewPath(lesson.id)),
    );
    if (hostileZip)
      rows.push({
        figure: 'Review importing the hostile zip: longest main-thread gap',
        value: ms(hostileZip.importGapMs),
        baseline: `${ms(hostileZip.idleGapMs)} same page idle`,
        ratio: hostileZip.importGapMs / hostileZip.idleGapMs,
      });
    Object.assign(measured, { typing, lcp, review, hostileZip });
  } finally {
    await browser.close();
    await server.close();
  }

  console.log('Import, statistics and exports…');
  const data = await reviewData(index);
  for (const d of data)
    rows.push(
      { figure: `Import ${d.count} files (${d.jsonMB.toFixed(1)} MB JSON)`, value: ms(d.importMs) },
      { figure: `Import ${d.count} files from one .zip`, value: ms(d.importZipMs) },
      { figure: `Class statistics, ${d.count}`, value: ms(d.statsMs) },
      { figure: `Marks CSV, ${d.count}`, value: ms(d.csvMs) },
      { figure: `Feedback files .zip, ${d.count}`, value: ms(d.feedbackZipMs) },
    );

  console.log(`\n${formatTable(rows)}`);
  mkdirSync(path.join(root, 'reports'), { recursive: true });
  const report = {
    measuredAt: new Date().toISOString(),
    cpuSlowdown: CPU_SLOWDOWN,
    floors,
    routes,
    ...measured,
    data,
    rows,
  };
  writeFileSync(path.join(root, 'reports', 'bench.json'), `${JSON.stringify(report, null, 2)}\n`);
  console.log('\nWritten to reports/bench.json');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
