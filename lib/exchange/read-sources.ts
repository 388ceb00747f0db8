/**
 * First step of an import: size-check each file BEFORE reading it, read it, and unpack a .zip into
 * its files (in a Web Worker, with a time limit: unzip-off-thread.ts). Every file, plain or
 * unpacked, must be UTF-8 text, and one import takes at most MAX_IMPORT_BYTES once unpacked.
 * Each refused file gets one row naming it; the other files of the import are not affected.
 */
import type { ImportSource } from './import-types';
import { MAX_ANSWER_FILE_BYTES, MAX_IMPORT_BYTES, MAX_ZIP_FILE_BYTES } from '@/lib/review/limits';
import { isRawFile, notUtf8, overImportLimit, tooLarge, type ReadOutcome } from './read-outcome';
import { looksLikeZipName } from './zip-name';
import { unpackZipOffThread } from './unzip-off-thread';

export { isRawFile, type RawFile, type ReadOutcome } from './read-outcome';

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];

export function hasZipSignature(bytes: Uint8Array): boolean {
  return ZIP_SIGNATURE.every((byte, i) => bytes[i] === byte);
}

/**
 * Reads one source: refused unread when too large; a zip becomes the list of its files.
 * `budget`: how many bytes this import may still take.
 */
export async function readSource(source: ImportSource, budget: number = MAX_IMPORT_BYTES): Promise<ReadOutcome[]> {
  const isZip = looksLikeZipName(source.name);
  const limit = isZip ? MAX_ZIP_FILE_BYTES : MAX_ANSWER_FILE_BYTES;
  const what = isZip ? 'a .zip of answer files' : 'one answer file';
  if (source.size > limit) return [tooLarge(source.name, source.size, limit, what)];
  let bytes: Uint8Array;
  try {
    bytes = await source.read();
  } catch {
    return [
      {
        kind: 'not-answer-file',
        fileName: source.name,
        message: 'Not imported: the browser could not read this file.',
      },
    ];
  }
  // The size is checked again after reading, in case the source reported it wrongly.
  if (bytes.length > limit) return [tooLarge(source.name, bytes.length, limit, what)];
  if (isZip || hasZipSignature(bytes)) return (await unpackZipOffThread(source.name, bytes, budget)).outcomes;
  if (bytes.length > budget) return [overImportLimit(source.name)];
  return [notUtf8(source.name, bytes) ?? { fileName: source.name, bytes }];
}

/** Reads the sources one after the other, so that the import's total is counted in order. */
export async function readSources(sources: readonly ImportSource[]): Promise<ReadOutcome[]> {
  const outcomes: ReadOutcome[] = [];
  let budget = MAX_IMPORT_BYTES;
  for (const source of sources) {
    const read = await readSource(source, budget);
    for (const outcome of read) if (isRawFile(outcome)) budget -= outcome.bytes.length;
    outcomes.push(...read);
  }
  return outcomes;
}
