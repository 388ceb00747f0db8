/**
 * How the review tells students apart. An answer file from this version of the app carries the
 * student's random id, so two students of the same name stay two, and a student who changed how
 * they write their name stays one. A version 1 file has no id: it is matched by its normalised
 * name, as before, and the import says so.
 */
import { normaliseStudentName } from '@/lib/exchange/student-name';
import type { AnyResponseFile } from '@/lib/schemas/exchange';

export function studentKeyOf(file: AnyResponseFile): string {
  return file.version === 1 ? `name:${normaliseStudentName(file.student.name)}` : `id:${file.student.id}`;
}

export function studentIdOf(file: AnyResponseFile): string | null {
  return file.version === 1 ? null : file.student.id;
}

export function sameName(a: string, b: string): boolean {
  return normaliseStudentName(a) === normaliseStudentName(b);
}
