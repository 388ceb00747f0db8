/**
 * Two students of one name are two students (different ids), so wherever the review lists names
 * (roster, pickers, answer cards, the CSV, feedback file names) each of them gets a short
 * distinguishing mark: when they exported, and if even that is the same minute, the start of
 * their id. Students whose name is unique keep their plain name.
 */
import { formatDateTime } from './format';
import { compareInstants } from './instants';
import { compareNames } from './names';
import type { StudentSheet } from './student-sheet';
import { normaliseStudentName } from '@/lib/exchange/student-name';

function groupByName(sheets: readonly StudentSheet[]): Map<string, StudentSheet[]> {
  const groups = new Map<string, StudentSheet[]>();
  for (const sheet of sheets) {
    const name = normaliseStudentName(sheet.name);
    groups.set(name, [...(groups.get(name) ?? []), sheet]);
  }
  return groups;
}

function marks(namesakes: readonly StudentSheet[]): Map<string, string> {
  const byTime = namesakes.map((s) => [s.key, `exported ${formatDateTime(s.exportedAt)}`] as const);
  const result = new Map<string, string>();
  for (const [key, mark] of byTime) {
    const clash = byTime.filter(([, other]) => other === mark).length > 1;
    const sheet = namesakes.find((s) => s.key === key);
    const id = sheet?.studentId ? `id ${sheet.studentId.slice(0, 8)}` : 'no id';
    result.set(key, clash ? `${mark}, ${id}` : mark);
  }
  return result;
}

/** The sheets in class-list order, each with the label the review shows for it. */
export function labelSheets(sheets: readonly StudentSheet[]): StudentSheet[] {
  const labelled: StudentSheet[] = [];
  for (const group of groupByName(sheets).values()) {
    if (group.length === 1) {
      labelled.push(...group);
      continue;
    }
    const mark = marks(group);
    for (const sheet of group) labelled.push({ ...sheet, label: `${sheet.name} (${mark.get(sheet.key)})` });
  }
  return labelled.sort((a, b) => compareNames(a.name, b.name) || compareInstants(a.exportedAt, b.exportedAt));
}
