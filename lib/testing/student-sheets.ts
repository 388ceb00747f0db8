/** Helpers for unit tests: a class of student sheets built from answer files. */
import type { ResponseFile } from '@/lib/schemas/exchange';
import type { LessonIndex } from '@/lib/review/lesson-index';
import { normaliseStudentName } from '@/lib/exchange/student-name';
import { buildSheet, type StudentSheet } from '@/lib/review/student-sheet';

export function sheetsOf(index: LessonIndex, files: readonly ResponseFile[]): StudentSheet[] {
  return files.map((file) =>
    buildSheet(index, {
      key: normaliseStudentName(file.student.name),
      file,
      sourceName: 'test.json',
      importedAt: file.exportedAt,
    }),
  );
}
