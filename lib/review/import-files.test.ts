import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { ResponseFile } from '@/lib/schemas/exchange';
import { importSources, memorySource } from './import-files';
import { importSummary } from '@/lib/exchange/import-types';
import type { StudentRecord } from '@/lib/schemas/review';
import { indexLesson } from './lesson-index';
import { buildSheet } from './student-sheet';
import { sampleClass, sampleResponseFile, sampleStudentId } from '@/lib/testing/sample-class';
import { jsonSource } from '@/lib/testing/import-sources';
import { sampleLesson } from '@/lib/testing/sample-lesson';

const index = indexLesson(sampleLesson);
const empty = new Map<string, StudentRecord>();
const at = (iso: string) => new Date(iso);
const keyOf = (name: string) => `id:${sampleStudentId(name)}`;
const fileOf = (name: string, exportedAt: string, extra: Partial<ResponseFile> = {}): ResponseFile => ({
  ...sampleResponseFile(sampleLesson, name, { exportedAt: at(exportedAt), completion: 1 }),
  ...extra,
});

describe('importSources', () => {
  it('imports good files and rejects bad ones in the same batch, one result per file in order', async () => {
    const [a, b] = sampleClass(sampleLesson, 2);
    const outcome = await importSources(index, empty, [
      jsonSource('amira.json', a),
      memorySource('notes.txt', 'hello'),
      memorySource('empty.json', ''),
      jsonSource('bilal.json', b),
    ]);
    expect(outcome.results.map((r) => [r.fileName, r.kind])).toEqual([
      ['amira.json', 'imported'],
      ['notes.txt', 'not-json'],
      ['empty.json', 'empty'],
      ['bilal.json', 'imported'],
    ]);
    expect([...outcome.roster.keys()].sort()).toEqual([keyOf('Amira A.'), keyOf('Bilal A.')].sort());
    expect(outcome.changed).toHaveLength(2);
  });

  it('keeps the newer export of the same student, whichever order the files come in', async () => {
    const older = fileOf('Amira K.', '2025-03-10T10:00:00Z');
    const newer = fileOf('  amira   k. ', '2025-03-11T09:00:00Z');
    const forward = await importSources(index, empty, [jsonSource('old.json', older), jsonSource('new.json', newer)]);
    expect(forward.results.map((r) => r.kind)).toEqual(['imported', 'replaced-older']);
    expect(forward.results[1]?.message).toMatch(/replaces an older one/);
    const backward = await importSources(index, empty, [jsonSource('new.json', newer), jsonSource('old.json', older)]);
    expect(backward.results.map((r) => r.kind)).toEqual(['imported', 'skipped-older-duplicate']);
    expect(backward.results[1]?.message).toMatch(/a newer export of Amira K\. .* is already loaded/);
    for (const { roster } of [forward, backward]) {
      expect(roster.size).toBe(1);
      expect(roster.get(keyOf('Amira K.'))?.file.exportedAt).toBe(newer.exportedAt);
    }
  });

  it('compares export times as instants, not as text', async () => {
    const utc = fileOf('Amira K.', '2025-03-10T10:00:00Z');
    // 11:30 in UTC+02:00 is 09:30 UTC: earlier, although the text sorts later.
    const earlier = { ...utc, exportedAt: '2025-03-10T11:30:00+02:00' };
    const outcome = await importSources(index, empty, [jsonSource('a.json', utc), jsonSource('b.json', earlier)]);
    expect(outcome.results.map((r) => r.kind)).toEqual(['imported', 'skipped-older-duplicate']);
  });

  it('merges with a class already loaded and only reports the changed records', async () => {
    const first = await importSources(index, empty, [jsonSource('a.json', fileOf('Amira K.', '2025-03-10T10:00:00Z'))]);
    const again = await importSources(index, first.roster, [
      jsonSource('a-again.json', fileOf('Amira K.', '2025-03-10T10:00:00Z')),
      jsonSource('b.json', fileOf('Bilal B.', '2025-03-10T10:00:00Z')),
    ]);
    expect(again.results.map((r) => r.kind)).toEqual(['skipped-older-duplicate', 'imported']);
    expect(again.results[0]?.message).toMatch(/this export of Amira K\. .* is already loaded/);
    expect(again.changed.map((r) => r.key)).toEqual([keyOf('Bilal B.')]);
    expect(again.roster.size).toBe(2);
  });

  it('imports answers to an older lesson version with a note, listing answers to removed questions', async () => {
    const file = fileOf('Chen C.', '2025-03-10T10:00:00Z');
    const old: ResponseFile = {
      ...file,
      lesson: { ...file.lesson, version: 1 },
      answers: [
        ...file.answers,
        { questionId: 'q-removed', answer: { kind: 'text', text: 'Still mine', updatedAt: file.exportedAt } },
      ],
    };
    const [result] = (await importSources(index, empty, [jsonSource('chen.json', old)])).results;
    expect(result).toMatchObject({ kind: 'imported', studentName: 'Chen C.' });
    expect(result && 'notes' in result && result.notes).toEqual([
      'Answered version 1 of the lesson (this is version 2); answers are matched by question id.',
      "1 answer is to a question this version no longer has (q-removed); it is listed on the student's sheet.",
    ]);
  });

  it('keeps an answer whose question changed kind apart, with a note, instead of showing it as the wrong kind', async () => {
    const file = fileOf('Emeka E.', '2025-03-10T10:00:00Z');
    const changed: ResponseFile = {
      ...file,
      answers: [
        {
          questionId: 'q-who-speaks',
          answer: { kind: 'choice', optionIds: ['o-mayor'], checked: true, updatedAt: file.exportedAt },
        },
      ],
    };
    const outcome = await importSources(index, empty, [jsonSource('emeka.json', changed)]);
    const [result] = outcome.results;
    expect(result && 'notes' in result && result.notes).toEqual([
      "1 answer no longer fits its question, whose kind changed (q-who-speaks); it is listed on the student's sheet.",
    ]);
    const sheet = buildSheet(index, outcome.roster.get(keyOf('Emeka E.'))!);
    expect(sheet.answers.has('q-who-speaks')).toBe(false);
    expect(sheet.unmatched).toMatchObject([{ questionId: 'q-who-speaks', reason: 'kind-changed' }]);
  });

  it('reports each file of a zip as its own file', async () => {
    const zip = zipSync({
      'amira.json': strToU8(JSON.stringify(fileOf('Amira K.', '2025-03-10T10:00:00Z'))),
      'broken.json': strToU8('{'),
    });
    const outcome = await importSources(index, empty, [memorySource('class.zip', zip)]);
    expect(outcome.results.map((r) => [r.fileName, r.kind])).toEqual([
      ['class.zip › amira.json', 'imported'],
      ['class.zip › broken.json', 'not-json'],
    ]);
  });

  it('never half-imports: a file with one bad answer is rejected whole', async () => {
    const file = fileOf('Dana D.', '2025-03-10T10:00:00Z');
    const broken = { ...file, answers: [...file.answers, { questionId: 'q-who-speaks', answer: { kind: 'text' } }] };
    const outcome = await importSources(index, empty, [jsonSource('dana.json', broken)]);
    expect(outcome.results[0]?.kind).toBe('invalid');
    expect(outcome.roster.size).toBe(0);
    expect(outcome.changed).toEqual([]);
  });

  it('sums an import up in one sentence, counting files inside zips', async () => {
    const zip = zipSync({
      'a.json': strToU8(JSON.stringify(fileOf('Amira K.', '2025-03-10T10:00:00Z'))),
      'b.json': strToU8(''),
    });
    const outcome = await importSources(index, empty, [
      memorySource('class.zip', zip),
      jsonSource('a-newer.json', fileOf('Amira K.', '2025-03-11T10:00:00Z')),
    ]);
    expect(importSummary(outcome.results, 2)).toBe(
      '2 files (3 counting the files inside .zip files): 2 imported, of which 1 replaced an older export; 1 not imported.',
    );
  });
});
