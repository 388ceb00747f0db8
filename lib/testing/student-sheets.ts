/** Helpers for unit tests: a class of student sheets built from answer files. */
import type { AnyResponseFile } from '@/lib/schemas/exchange';
import type { LessonIndex } from '@/lib/review/lesson-index';
import { buildSheet, type StudentSheet } from '@/lib/review/student-sheet';
import { studentKeyOf } from '@/lib/review/student-key';

export function sheetsOf(index: LessonIndex, files: readonly AnyResponseFile[]): StudentSheet[] {
  return files.map((file) =>
    buildSheet(index, {
      key: studentKeyOf(file),
      file,
      sourceName: 'test.json',
      importedAt: file.exportedAt,
    }),
  );
}
