/**
 * What reading one file of an import gives: its bytes, or the one row that says why it was
 * refused. Shared by the main thread (read-sources.ts) and the unzip worker (unpack-zip.ts).
 */
import { formatBytes } from '@/lib/review/format';
import type { RejectedResult } from './import-types';
import { MAX_IMPORT_BYTES } from '@/lib/review/limits';

export type RawFile = { fileName: string; bytes: Uint8Array };
export type ReadOutcome = RawFile | RejectedResult;

export function isRawFile(outcome: ReadOutcome): outcome is RawFile {
  return 'bytes' in outcome;
}

export function tooLarge(fileName: string, size: number, limit: number, what: string): RejectedResult {
  return {
    kind: 'too-large',
    fileName,
    message: `Not imported: this file is ${formatBytes(size)}, over the ${formatBytes(limit)} limit for ${what}. An answer file is usually a few kilobytes.`,
  };
}

export function overImportLimit(fileName: string): RejectedResult {
  return {
    kind: 'too-large',
    fileName,
    message: `Not imported: with the files before it, this import would be over ${formatBytes(MAX_IMPORT_BYTES)} in all. Import this file on its own.`,
  };
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * A refusal when the bytes are not valid UTF-8. Answer files are always UTF-8; decoding anything
 * else with replacement characters would import a name or answer the student never wrote.
 */
export function notUtf8(fileName: string, bytes: Uint8Array): RejectedResult | undefined {
  try {
    strictUtf8.decode(bytes);
    return undefined;
  } catch {
    return {
      kind: 'not-json',
      fileName,
      message:
        'Not imported: this is not an answer file (it is not UTF-8 text: it may be a document, a picture, or text saved in another encoding). Answer files come from "Export my answers" and end in .json.',
    };
  }
}
