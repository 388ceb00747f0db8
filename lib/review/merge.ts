/**
 * Merge rules for adding answer files to a class. A student is identified by their normalised
 * name (`normaliseStudentName`, lib/exchange/student-name.ts). When the same student arrives
 * twice, whether in one import or across imports, the export with the later `exportedAt` wins (on
 * a tie the one already loaded stays) and the teacher is told which one was kept. The teacher's feedback is stored by student and question, so it survives a newer
 * export replacing an older one.
 */
import { plural } from '@/lib/text/plural';
import { formatDateTime } from './format';
import type { AcceptedResult } from '@/lib/exchange/import-types';
import type { StudentRecord } from '@/lib/schemas/review';
import { compareInstants } from './instants';
import type { LessonIndex } from './lesson-index';
import { normaliseStudentName } from '@/lib/exchange/student-name';
import type { ParsedAnswerFile } from '@/lib/exchange/parse-answer-file';
import { buildSheet, compatibilityNotes } from './student-sheet';

/** Adds one file to the class (in place): the roster and the records to save are updated. */
export function mergeFile(
  index: LessonIndex,
  roster: Map<string, StudentRecord>,
  changed: Map<string, StudentRecord>,
  { fileName, file }: ParsedAnswerFile,
  importedAt: string,
): AcceptedResult {
  const key = normaliseStudentName(file.student.name);
  const name = file.student.name;
  const when = formatDateTime(file.exportedAt);
  const accepted = (kind: AcceptedResult['kind'], message: string, notes: string[] = []): AcceptedResult => ({
    kind,
    fileName,
    message,
    studentName: name,
    notes,
  });

  const current = roster.get(key);
  if (current && compareInstants(file.exportedAt, current.file.exportedAt) <= 0) {
    const kept = formatDateTime(current.file.exportedAt);
    return accepted(
      'skipped-older-duplicate',
      compareInstants(file.exportedAt, current.file.exportedAt) === 0
        ? `Not imported: this export of ${name} (${when}) is already loaded.`
        : `Not imported: a newer export of ${name} (${kept}) is already loaded; this one is from ${when}.`,
    );
  }

  const record: StudentRecord = { key, file, sourceName: fileName, importedAt };
  roster.set(key, record);
  changed.set(key, record);
  const notes = compatibilityNotes(index, buildSheet(index, record));
  if (!current) return accepted('imported', `Imported ${name}: ${plural(file.answers.length, 'answer')}.`, notes);
  const replaced = formatDateTime(current.file.exportedAt);
  return accepted(
    'replaced-older',
    `Imported ${name}: this export (${when}) replaces an older one (${replaced}). Your feedback on ${name} is kept.`,
    notes,
  );
}
