import { describe, expect, it } from 'vitest';
import type { ResponseFile } from '@/lib/schemas/exchange';
import type { StudentRecord } from '@/lib/schemas/review';
import { importSources } from './import-files';
import { indexLesson } from './lesson-index';
import { NO_ID_NOTE } from './merge';
import { buildSheet } from './student-sheet';
import { labelSheets } from './student-labels';
import { sampleResponseFile } from '@/lib/testing/sample-class';
import { jsonSource } from '@/lib/testing/import-sources';
import { sampleLesson } from '@/lib/testing/sample-lesson';

const index = indexLesson(sampleLesson);
const empty = new Map<string, StudentRecord>();
const ID_1 = '11111111-1111-4111-8111-111111111111';
const ID_2 = '22222222-2222-4222-8222-222222222222';
const now = new Date('2025-03-12T12:00:00Z');
const file = (name: string, studentId: string, exportedAt: string): ResponseFile =>
  sampleResponseFile(sampleLesson, name, { studentId, exportedAt: new Date(exportedAt), completion: 1 });
const run = (files: unknown[], existing = empty) =>
  importSources(
    index,
    existing,
    files.map((f, i) => jsonSource(`f${i}.json`, f)),
    now,
  );

describe('mergeFile: students keyed by id', () => {
  it('keeps two students with the same name and different ids, each labelled apart', async () => {
    const outcome = await run([
      file('Amira K.', ID_1, '2025-03-10T10:05:00Z'),
      file('amira k.', ID_2, '2025-03-11T09:00:00Z'),
    ]);
    expect(outcome.results.map((r) => r.kind)).toEqual(['imported', 'imported']);
    expect([...outcome.roster.keys()].sort()).toEqual([`id:${ID_1}`, `id:${ID_2}`]);
    const second = outcome.results[1];
    expect(second && 'notes' in second && second.notes.join(' ')).toMatch(
      /also called amira k\.; they are two students/,
    );
    const labels = labelSheets([...outcome.roster.values()].map((r) => buildSheet(index, r))).map((s) => s.label);
    expect(labels).toEqual(['Amira K. (exported 10 Mar 2025, 10:05)', 'amira k. (exported 11 Mar 2025, 09:00)']);
  });

  it('tells namesakes exported in the same minute apart by the start of their id', async () => {
    const outcome = await run([file('Sam', ID_1, '2025-03-10T10:05:00Z'), file('Sam', ID_2, '2025-03-10T10:05:30Z')]);
    const labels = labelSheets([...outcome.roster.values()].map((r) => buildSheet(index, r))).map((s) => s.label);
    expect(labels).toEqual([
      'Sam (exported 10 Mar 2025, 10:05, id 11111111)',
      'Sam (exported 10 Mar 2025, 10:05, id 22222222)',
    ]);
  });

  it('never lets a classmate with the same name replace a student, whatever the dates', async () => {
    const real = file('Amira K.', ID_1, '2025-03-10T10:00:00Z');
    const classmate = file('Amira K.', ID_2, '2025-03-12T11:00:00Z');
    const outcome = await run([real, classmate, file('Amira K.', ID_1, '2025-03-11T10:00:00Z')]);
    expect(outcome.results.map((r) => r.kind)).toEqual(['imported', 'imported', 'replaced-older']);
    expect(outcome.roster.get(`id:${ID_1}`)?.file.exportedAt).toBe('2025-03-11T10:00:00.000Z');
    expect(outcome.roster.get(`id:${ID_2}`)?.file.exportedAt).toBe(classmate.exportedAt);
  });

  it('treats the same id under another name as one student who renamed, and says so', async () => {
    const outcome = await run([
      file('Amira K.', ID_1, '2025-03-10T10:00:00Z'),
      file('Amira Khan', ID_1, '2025-03-11T10:00:00Z'),
    ]);
    expect(outcome.roster.size).toBe(1);
    const renamed = outcome.results[1];
    expect(renamed?.kind).toBe('replaced-older');
    expect(renamed && 'notes' in renamed && renamed.notes).toContain(
      'Same student as "Amira K." (same student id): they now give their name as "Amira Khan".',
    );
    expect(outcome.roster.get(`id:${ID_1}`)?.file.student.name).toBe('Amira Khan');
  });

  it('keeps the later export of one id, in either order', async () => {
    const older = file('Amira K.', ID_1, '2025-03-10T10:00:00Z');
    const newer = file('Amira K.', ID_1, '2025-03-11T10:00:00Z');
    for (const files of [
      [older, newer],
      [newer, older],
    ]) {
      const outcome = await run(files);
      expect(outcome.roster.get(`id:${ID_1}`)?.file.exportedAt).toBe(newer.exportedAt);
    }
  });

  it('refuses an export dated more than a day in the future, with one error row, and keeps the rest', async () => {
    const outcome = await run([
      file('Amira K.', ID_1, '2025-03-10T10:00:00Z'),
      file('Amira K.', ID_1, '9999-12-31T00:00:00Z'),
      file('Bilal B.', ID_2, '2025-03-13T11:00:00Z'),
    ]);
    expect(outcome.results.map((r) => r.kind)).toEqual(['imported', 'future-date', 'imported']);
    expect(outcome.results[1]?.message).toMatch(/exported on 31 Dec 9999.*in the future/);
    expect(outcome.roster.get(`id:${ID_1}`)?.file.exportedAt).toBe('2025-03-10T10:00:00.000Z');
  });

  it('still imports a version 1 file, keyed by its normalised name, with a note', async () => {
    const current = file('Amira K.', ID_1, '2025-03-10T10:00:00Z');
    const v1 = { ...current, version: 1, student: { name: ' AMIRA  K. ' } };
    const outcome = await run([v1, current]);
    expect(outcome.results.map((r) => r.kind)).toEqual(['imported', 'imported']);
    expect([...outcome.roster.keys()].sort()).toEqual([`id:${ID_1}`, 'name:amira k.']);
    const first = outcome.results[0];
    expect(first && 'notes' in first && first.notes).toContain(NO_ID_NOTE);
  });
});
