/**
 * First step of an import: size-check each file BEFORE reading it, read it, and unpack a .zip into
 * its files. A zip is checked from its directory (number of files, the sizes it declares) before
 * anything is unpacked, and each file is unpacked into a buffer of the declared size, so a zip
 * bomb can neither fill the memory nor hide a large file behind a small declared size.
 */
import { unzipSync, type UnzipFileInfo } from 'fflate';
import { formatBytes, plural } from '@/lib/review/format';
import type { ImportSource, RejectedResult } from './import-types';
import {
  MAX_ANSWER_FILE_BYTES,
  MAX_ZIP_ENTRIES,
  MAX_ZIP_FILE_BYTES,
  MAX_ZIP_UNPACKED_BYTES,
} from '@/lib/review/limits';

export type RawFile = { fileName: string; bytes: Uint8Array };
export type ReadOutcome = RawFile | RejectedResult;

/** Shown between a zip's name and the name of a file inside it: "class.zip › amira.json". */
export const ZIP_PATH_SEPARATOR = ' › ';

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];

function looksLikeZipName(name: string): boolean {
  return /\.zip$/i.test(name);
}

export function hasZipSignature(bytes: Uint8Array): boolean {
  return ZIP_SIGNATURE.every((byte, i) => bytes[i] === byte);
}

function tooLarge(fileName: string, size: number, limit: number, what: string): RejectedResult {
  return {
    kind: 'too-large',
    fileName,
    message: `Not imported: this file is ${formatBytes(size)}, over the ${formatBytes(limit)} limit for ${what}. An answer file is usually a few kilobytes.`,
  };
}

/** Files a zip tool adds that are not the student's: folders, macOS resource forks, hidden files. */
function isZipClutter(name: string): boolean {
  const base = name.split('/').pop() ?? '';
  return name.endsWith('/') || name.startsWith('__MACOSX/') || base.startsWith('.');
}

export function expandZip(zipName: string, bytes: Uint8Array): ReadOutcome[] {
  const entries: UnzipFileInfo[] = [];
  try {
    // A first pass reads only the zip's directory: the filter sees every entry and unpacks none.
    unzipSync(bytes, {
      filter: (info) => {
        if (!isZipClutter(info.name)) entries.push(info);
        return false;
      },
    });
  } catch {
    return [
      {
        kind: 'not-answer-file',
        fileName: zipName,
        message: 'Not imported: this .zip file is damaged and could not be opened.',
      },
    ];
  }
  if (entries.length > MAX_ZIP_ENTRIES) {
    return [
      {
        kind: 'too-large',
        fileName: zipName,
        message: `Not imported: this .zip holds ${plural(entries.length, 'file')}, over the limit of ${MAX_ZIP_ENTRIES.toLocaleString('en')}. Split it into smaller zips.`,
      },
    ];
  }
  const declaredTotal = entries.reduce((sum, e) => sum + e.originalSize, 0);
  if (declaredTotal > MAX_ZIP_UNPACKED_BYTES) {
    return [tooLarge(zipName, declaredTotal, MAX_ZIP_UNPACKED_BYTES, 'the unpacked contents of a .zip')];
  }

  // In zip order; an entry is either refused from its declared size or unpacked below.
  const planned = new Map<string, ReadOutcome | null>();
  for (const entry of entries) {
    const fileName = `${zipName}${ZIP_PATH_SEPARATOR}${entry.name}`;
    if (planned.has(entry.name)) continue;
    if (entry.originalSize > MAX_ANSWER_FILE_BYTES)
      planned.set(entry.name, tooLarge(fileName, entry.originalSize, MAX_ANSWER_FILE_BYTES, 'one answer file'));
    else if (looksLikeZipName(entry.name)) {
      planned.set(entry.name, {
        kind: 'not-answer-file',
        fileName,
        message: 'Not imported: a .zip inside a .zip is not opened. Unzip it and import its files.',
      });
    } else planned.set(entry.name, null);
  }
  let unpacked: Record<string, Uint8Array>;
  try {
    unpacked = unzipSync(bytes, {
      filter: (info) => planned.get(info.name) === null && info.originalSize <= MAX_ANSWER_FILE_BYTES,
    });
  } catch {
    return [
      {
        kind: 'not-answer-file',
        fileName: zipName,
        message: 'Not imported: this .zip file is damaged and could not be unpacked.',
      },
    ];
  }
  return [...planned].map(([name, refused]) => {
    if (refused) return refused;
    const fileName = `${zipName}${ZIP_PATH_SEPARATOR}${name}`;
    // Own properties only: an entry named "__proto__" must not be read through the prototype.
    const data = Object.hasOwn(unpacked, name) ? unpacked[name] : undefined;
    return data
      ? { fileName, bytes: data }
      : { kind: 'not-answer-file', fileName, message: 'Not imported: this file could not be unpacked from the .zip.' };
  });
}

/** Reads one source: refused unread when too large; a zip becomes the list of its files. */
export async function readSource(source: ImportSource): Promise<ReadOutcome[]> {
  const isZip = looksLikeZipName(source.name);
  const limit = isZip ? MAX_ZIP_FILE_BYTES : MAX_ANSWER_FILE_BYTES;
  if (source.size > limit)
    return [tooLarge(source.name, source.size, limit, isZip ? 'a .zip of answer files' : 'one answer file')];
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
  if (bytes.length > limit)
    return [tooLarge(source.name, bytes.length, limit, isZip ? 'a .zip of answer files' : 'one answer file')];
  if (isZip || hasZipSignature(bytes)) return expandZip(source.name, bytes);
  return [{ fileName: source.name, bytes }];
}

export function isRawFile(outcome: ReadOutcome): outcome is RawFile {
  return 'bytes' in outcome;
}
