/**
 * Merge rules for adding answer files to a class. A student is identified by the id in their
 * file, or by their normalised name for a version 1 file (lib/review/student-key.ts). When the
 * same student arrives twice, whether in one import or across imports, the export with the later
 * `exportedAt` wins (on a tie the one already loaded stays) and the teacher is told which one was
 * kept. A classmate's file with the same name but another id is another student: it never
 * replaces anyone. The teacher's feedback is stored by student and question, so it survives a
 * newer export replacing an older one.
 */
import { plural } from '@/lib/text/plural';
import { formatDateTime } from './format';
import type { AcceptedResult } from '@/lib/exchange/import-types';
import type { StudentRecord } from '@/lib/schemas/review';
import { compareInstants } from './instants';
import type { LessonIndex } from './lesson-index';
import type { ParsedAnswerFile } from '@/lib/exchange/parse-answer-file';
import { buildSheet, compatibilityNotes } from './student-sheet';
import { sameName, studentKeyOf } from './student-key';

export const NO_ID_NOTE =
  'This file comes from an older version of the app and carries no student id, so it is matched by name only: another such file with the same name counts as the same student.';

function identityNotes(
  roster: ReadonlyMap<string, StudentRecord>,
  key: string,
  record: StudentRecord,
  current: StudentRecord | undefined,
): string[] {
  const { name } = record.file.student;
  const notes: string[] = [];
  if (record.file.version === 1) notes.push(NO_ID_NOTE);
  if (current && !sameName(current.file.student.name, name))
    notes.push(
      `Same student as "${current.file.student.name}" (same student id): they now give their name as "${name}".`,
    );
  const namesakes = [...roster.values()].filter((r) => r.key !== key && sameName(r.file.student.name, name)).length;
  if (namesakes > 0)
    notes.push(
      `Another student in this class is also called ${name}; they are two students (different ids), told apart by their export times.`,
    );
  return notes;
}

/** Adds one file to the class (in place): the roster and the records to save are updated. */
export function mergeFile(
  index: LessonIndex,
  roster: Map<string, StudentRecord>,
  changed: Map<string, StudentRecord>,
  { fileName, file }: ParsedAnswerFile,
  importedAt: string,
): AcceptedResult {
  const key = studentKeyOf(file);
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
  const notes = [
    ...identityNotes(roster, key, record, current),
    ...compatibilityNotes(index, buildSheet(index, record)),
  ];
  if (!current) return accepted('imported', `Imported ${name}: ${plural(file.answers.length, 'answer')}.`, notes);
  const replaced = formatDateTime(current.file.exportedAt);
  return accepted(
    'replaced-older',
    `Imported ${name}: this export (${when}) replaces an older one (${replaced}). Your feedback on ${name} is kept.`,
    notes,
  );
}
