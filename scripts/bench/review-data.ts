/**
 * How long the teacher's review takes with a class of 100 and of 1,000: answer files generated in memory
 * with the study page's own export, run through the SAME import pipeline the review page uses (lib/review,
 * no React, no browser storage), then statistics and the exports.
 */
import { strToU8, zipSync } from 'fflate';
import { classStats } from '../../lib/review/class-stats';
import { buildFeedbackZip } from '../../lib/exchange/feedback-file';
import { buildGradebookCsv } from '../../lib/exchange/gradebook-csv';
import { importSources, memorySource } from '../../lib/review/import-files';
import type { StudentRecord } from '../../lib/schemas/review';
import type { LessonIndex } from '../../lib/review/lesson-index';
import { compareNames } from '../../lib/review/names';
import { buildSheet } from '../../lib/review/student-sheet';
import { sampleClass } from '../../lib/testing/sample-class';
import { withAnswerFeedback } from '../../lib/review/feedback';
import type { ClassFeedback } from '../../lib/schemas/review';

async function time<T>(work: () => Promise<T> | T): Promise<{ result: T; ms: number }> {
  const start = performance.now();
  const result = await work();
  return { result, ms: performance.now() - start };
}

export type ReviewData = {
  count: number;
  importMs: number;
  importZipMs: number;
  statsMs: number;
  csvMs: number;
  feedbackZipMs: number;
  imported: number;
  jsonMB: number;
};

async function measure(index: LessonIndex, count: number): Promise<ReviewData> {
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

  const roster: StudentRecord[] = [...single.result.roster.values()];
  const sheets = roster.map((r) => buildSheet(index, r)).sort((a, b) => compareNames(a.name, b.name));
  let feedback: ClassFeedback = new Map();
  for (const sheet of sheets) {
    for (const { question } of index.questions.slice(0, 5)) {
      feedback = withAnswerFeedback(feedback, sheet.key, question.id, {
        levelId: lesson.rubric[1]?.id ?? null,
        origin: lesson.rubric[1] ? 'teacher' : null,
        comment: 'Say which sentence shows this.',
      });
    }
  }
  const stats = await time(() => classStats(index, sheets, feedback));
  const csv = await time(() => buildGradebookCsv(index, sheets, feedback));
  const feedbackZip = await time(() => buildFeedbackZip(index, sheets, feedback, new Date()));
  return {
    count,
    importMs: single.ms,
    importZipMs: zipped.ms,
    statsMs: stats.ms,
    csvMs: csv.ms,
    feedbackZipMs: feedbackZip.ms,
    imported: single.result.results.filter((r) => r.kind === 'imported').length,
    jsonMB: bytes / 1024 / 1024,
  };
}

export async function reviewData(index: LessonIndex): Promise<ReviewData[]> {
  // A small run first, so that the figures are not the JIT compiler warming up.
  await importSources(
    index,
    new Map(),
    sampleClass(index.lesson, 20).map((f, i) => memorySource(`warm-${i}.json`, JSON.stringify(f))),
  );
  return [await measure(index, 100), await measure(index, 1000)];
}
