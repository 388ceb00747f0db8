/**
 * Unpacks a .zip of answer files into its files, judging the whole directory first (count,
 * declared sizes, overlapping entries) and then each entry: a file is inflated as a stream into a
 * buffer of its declared size and refused as soon as it passes that size. A pure function: the
 * review runs it in a Web Worker (unzip.worker.ts), unit tests and the benchmark call it directly.
 */
import { Inflate } from 'fflate';
import { formatBytes } from '@/lib/review/format';
import { plural } from '@/lib/text/plural';
import { MAX_ANSWER_FILE_BYTES, MAX_IMPORT_BYTES, MAX_ZIP_ENTRIES, MAX_ZIP_UNPACKED_BYTES } from '@/lib/review/limits';
import type { RejectionKind } from './import-types';
import { isRawFile, notUtf8, overImportLimit, tooLarge, type ReadOutcome } from './read-outcome';
import { entriesOverlap, readZipDirectory, type ZipEntry } from './zip-directory';
import { looksLikeZipName } from './zip-name';

/** Shown between a zip's name and the name of a file inside it: "class.zip › amira.json". */
export const ZIP_PATH_SEPARATOR = ' › ';

/** Compressed bytes fed to the inflater at a time: at most ~1000 times that comes out per step. */
const INFLATE_CHUNK_BYTES = 4096;

export type UnpackedZip = { outcomes: ReadOutcome[]; unpackedBytes: number };

/** Files a zip tool adds that are not the student's: folders, macOS resource forks, hidden files. */
function isZipClutter(name: string): boolean {
  const base = name.split('/').pop() ?? '';
  return name.endsWith('/') || name.startsWith('__MACOSX/') || base.startsWith('.');
}

function refuseZip(zipName: string, message: string, kind: RejectionKind = 'not-answer-file'): UnpackedZip {
  return { outcomes: [{ kind, fileName: zipName, message }], unpackedBytes: 0 };
}

/** The entry's bytes, or why they cannot be had; never more than `declaredSize` bytes are kept. */
function inflateEntry(data: Uint8Array, declaredSize: number): Uint8Array | 'too-long' | 'too-short' | 'damaged' {
  const out = new Uint8Array(declaredSize);
  let length = 0;
  let tooLong = false;
  const inflater = new Inflate((chunk) => {
    if (tooLong || length + chunk.length > declaredSize) tooLong = true;
    else {
      out.set(chunk, length);
      length += chunk.length;
    }
  });
  try {
    let at = 0;
    do {
      const next = Math.min(at + INFLATE_CHUNK_BYTES, data.length);
      inflater.push(data.subarray(at, next), next === data.length);
      at = next;
    } while (at < data.length && !tooLong);
  } catch {
    return 'damaged';
  }
  if (tooLong) return 'too-long';
  return length === declaredSize ? out : 'too-short';
}

function unpackEntry(zip: Uint8Array, entry: ZipEntry, fileName: string, budget: number): ReadOutcome {
  const refuse = (message: string): ReadOutcome => ({ kind: 'not-answer-file', fileName, message });
  if (entry.declaredSize > MAX_ANSWER_FILE_BYTES)
    return tooLarge(fileName, entry.declaredSize, MAX_ANSWER_FILE_BYTES, 'one answer file');
  if (entry.declaredSize > budget) return overImportLimit(fileName);
  if (looksLikeZipName(entry.name))
    return refuse('Not imported: a .zip inside a .zip is not opened. Unzip it and import its files.');
  if (entry.encrypted) return refuse('Not imported: this file is protected by a password in the .zip.');
  if (entry.method !== 0 && entry.method !== 8)
    return refuse('Not imported: this file is compressed in a way this review cannot open. Zip the files again.');
  if (entry.sizesDisagree || (entry.method === 0 && entry.compressedSize !== entry.declaredSize))
    return refuse(
      'Not imported: the .zip gives two different sizes for this file, so it is damaged or was tampered with.',
    );
  const data = zip.subarray(entry.dataStart, entry.dataEnd);
  const bytes = entry.method === 0 ? data.slice() : inflateEntry(data, entry.declaredSize);
  if (bytes === 'damaged')
    return refuse('Not imported: this file could not be unpacked from the .zip (it is damaged).');
  if (typeof bytes === 'string')
    return refuse(
      `Not imported: this file unpacks to ${bytes === 'too-long' ? 'more' : 'less'} than the ${formatBytes(entry.declaredSize)} the .zip declares, so the .zip is damaged or was tampered with.`,
    );
  return notUtf8(fileName, bytes) ?? { fileName, bytes };
}

/** `budget`: how many unpacked bytes this import may still take; files past it are refused. */
export function unpackZip(zipName: string, zip: Uint8Array, budget: number = MAX_IMPORT_BYTES): UnpackedZip {
  const directory = readZipDirectory(zip);
  if (!directory.ok) {
    return refuseZip(
      zipName,
      directory.problem === 'damaged'
        ? 'Not imported: this .zip file is damaged and could not be opened.'
        : 'Not imported: this .zip is of a kind this review does not open (ZIP64 or split). Zip the answer files again.',
    );
  }
  if (entriesOverlap(directory.entries)) {
    return refuseZip(
      zipName,
      'Not imported: the files in this .zip overlap each other, a trick used to make a small .zip unpack to a huge size. Nothing in it was opened.',
    );
  }
  const entries = directory.entries.filter((entry) => !isZipClutter(entry.name));
  if (entries.length > MAX_ZIP_ENTRIES) {
    const message = `Not imported: this .zip holds ${plural(entries.length, 'file')}, over the limit of ${MAX_ZIP_ENTRIES.toLocaleString('en')}. Split it into smaller zips.`;
    return refuseZip(zipName, message, 'too-large');
  }
  const declaredTotal = entries.reduce((sum, entry) => sum + entry.declaredSize, 0);
  if (declaredTotal > MAX_ZIP_UNPACKED_BYTES)
    return {
      outcomes: [tooLarge(zipName, declaredTotal, MAX_ZIP_UNPACKED_BYTES, 'the unpacked contents of a .zip')],
      unpackedBytes: 0,
    };

  const seen = new Set<string>();
  let unpackedBytes = 0;
  const outcomes = entries.map((entry): ReadOutcome => {
    const fileName = `${zipName}${ZIP_PATH_SEPARATOR}${entry.name}`;
    if (seen.has(entry.name))
      return {
        kind: 'not-answer-file',
        fileName,
        message: 'Not imported: the .zip holds an earlier file of the same name; only that one was read.',
      };
    seen.add(entry.name);
    const outcome = unpackEntry(zip, entry, fileName, budget - unpackedBytes);
    if (isRawFile(outcome)) unpackedBytes += outcome.bytes.length;
    return outcome;
  });
  return { outcomes, unpackedBytes };
}
