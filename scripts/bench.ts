/**
 * `npm run bench`: how long the teacher's review takes with a class of 100 and of 1,000.
 * Generates answer files in memory with the study page's own export, then runs the SAME import
 * pipeline the review page uses (lib/review, no React, no browser storage), and the exports.
 * Prints figures only; speed is measured here, never asserted in tests.
 */
import { strToU8, zipSync } from 'fflate';
import { classStats } from '../lib/review/class-stats';
import { buildFeedbackZip } from '../lib/exchange/feedback-file';
import { buildGradebookCsv } from '../lib/exchange/gradebook-csv';
import { importSources, memorySource } from '../lib/review/import-files';
import type { StudentRecord } from '../lib/schemas/review';
import { indexLesson, type LessonIndex } from '../lib/review/lesson-index';
import { compareNames } from '../lib/review/names';
import { buildSheet } from '../lib/review/student-sheet';
import { sampleClass } from '../lib/testing/sample-class';
import { withAnswerFeedback } from '../lib/review/feedback';
import type { ClassFeedback } from '../lib/schemas/review';
import { getLessons } from '../lib/lessons/load';

async function time<T>(work: () => Promise<T> | T): Promise<{ result: T; ms: number }> {
  const start = performance.now();
  const result = await work();
  return { result, ms: performance.now() - start };
}

const ms = (value: number) => `${Math.round(value)} ms`;

async function bench(index: LessonIndex, count: number) {
  const { lesson } = index;
  const files = sampleClass(lesson, count, { seed: count });
  const texts = files.map((file, i) => ({ name: `student-${i}.json`, text: JSON.stringify(file, null, 2) }));
  const bytes = texts.reduce((sum, t) => sum + t.text.length, 0);

  const single = await time(() =>
    importSources(
      index,
      new Map(),
      texts.map((t) => memorySource(t.name, t.text)),
    ),
  );
  const zip = zipSync(Object.fromEntries(texts.map((t) => [t.name, strToU8(t.text)])));
  const zipped = await time(() => importSources(index, new Map(), [memorySource('class.zip', zip)]));
  const imported = single.result.results.filter((r) => r.kind === 'imported').length;

  const roster: StudentRecord[] = [...single.result.roster.values()];
  const sheets = roster.map((r) => buildSheet(index, r)).sort((a, b) => compareNames(a.name, b.name));
  let feedback: ClassFeedback = new Map();
  for (const sheet of sheets) {
    for (const { question } of index.questions.slice(0, 5)) {
      feedback = withAnswerFeedback(feedback, sheet.key, question.id, {
        levelId: lesson.rubric[1]?.id ?? null,
        comment: 'Say which sentence shows this.',
      });
    }
  }
  const stats = await time(() => classStats(index, sheets, feedback));
  const csv = await time(() => buildGradebookCsv(index, sheets, feedback));
  const feedbackZip = await time(() => buildFeedbackZip(index, sheets, feedback, new Date()));

  console.log(
    `import ${count} files: ${ms(single.ms)}   (${imported} imported, ${(bytes / 1024 / 1024).toFixed(1)} MB of JSON)`,
  );
  console.log(`import ${count} files from one .zip: ${ms(zipped.ms)}   (zip ${(zip.length / 1024).toFixed(0)} KB)`);
  console.log(`class statistics for ${count}: ${ms(stats.ms)}`);
  console.log(`CSV export for ${count}: ${ms(csv.ms)}   (${(csv.result.length / 1024).toFixed(0)} KB)`);
  console.log(`feedback files .zip for ${count}: ${ms(feedbackZip.ms)}`);
}

async function main() {
  const lesson = getLessons()[0];
  if (!lesson) throw new Error('No lesson found in lessons/: nothing to benchmark.');
  const index = indexLesson(lesson);
  console.log(`Lesson: ${lesson.id} v${lesson.version}, ${index.questions.length} questions. Node ${process.version}.`);
  // A small run first, so that the figures below are not the JIT compiler warming up.
  await importSources(
    index,
    new Map(),
    sampleClass(lesson, 20).map((f, i) => memorySource(`warm-${i}.json`, JSON.stringify(f))),
  );
  await bench(index, 100);
  await bench(index, 1000);
}

void main();
