/**
 * The import pipeline, the same for the review page and `npm run bench`: read (size-checked,
 * zips unpacked), parse and validate each file, then merge the valid ones into the class.
 * Pure apart from reading the sources; nothing here knows about React or browser storage.
 */
import type { ImportResult, ImportSource } from '@/lib/exchange/import-types';
import type { StudentRecord } from '@/lib/schemas/review';
import type { LessonIndex } from './lesson-index';
import { mergeFile } from './merge';
import { isParsedAnswerFile, parseAnswerFile } from '@/lib/exchange/parse-answer-file';
import { isRawFile, readSources } from '@/lib/exchange/read-sources';

export type ImportOutcome = {
  /** One result per file, in the order the files were given (a zip's files in zip order). */
  results: ImportResult[];
  roster: Map<string, StudentRecord>;
  /** New or replaced records, to be saved. */
  changed: StudentRecord[];
};

export async function importSources(
  index: LessonIndex,
  existing: ReadonlyMap<string, StudentRecord>,
  sources: readonly ImportSource[],
  now: Date = new Date(),
): Promise<ImportOutcome> {
  const read = await readSources(sources);
  const roster = new Map(existing);
  const changed = new Map<string, StudentRecord>();
  const importedAt = now.toISOString();
  const results = read.map((outcome): ImportResult => {
    if (!isRawFile(outcome)) return outcome;
    const parsed = parseAnswerFile(outcome, index.lesson, now);
    return isParsedAnswerFile(parsed) ? mergeFile(index, roster, changed, parsed, importedAt) : parsed;
  });
  return { results, roster, changed: [...changed.values()] };
}

/** A browser File (from the picker or a drop) as an import source; its size is known unread. */
export function fileSource(file: File): ImportSource {
  return { name: file.name, size: file.size, read: async () => new Uint8Array(await file.arrayBuffer()) };
}

/** Text or bytes already in memory (tests, the benchmark) as an import source. */
export function memorySource(name: string, content: string | Uint8Array): ImportSource {
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  return { name, size: bytes.length, read: async () => bytes };
}
