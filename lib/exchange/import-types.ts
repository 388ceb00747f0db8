/**
 * What importing a class's answer files produces: one result per file (a .zip counts each of its
 * files), each with one message in plain words for the teacher. A file is either accepted whole
 * or rejected whole; nothing is half-imported.
 */
import { plural } from '@/lib/text/plural';

/** A file to import, however it arrived (file picker, drop, a zip entry, or the benchmark). */
export type ImportSource = {
  name: string;
  /** Size in bytes, known before reading, so a huge file is refused without being read. */
  size: number;
  read(): Promise<Uint8Array>;
};

export type AcceptedKind = 'imported' | 'replaced-older' | 'skipped-older-duplicate';
export type RejectionKind =
  | 'not-json'
  | 'not-answer-file'
  | 'other-lesson'
  | 'unsupported-version'
  | 'too-large'
  | 'empty'
  | 'invalid'
  | 'future-date';

/** A file that was a valid answer file for this lesson; `skipped-older-duplicate` was still not kept. */
export type AcceptedResult = {
  kind: AcceptedKind;
  fileName: string;
  message: string;
  studentName: string;
  notes: string[];
};
export type RejectedResult = { kind: RejectionKind; fileName: string; message: string };
export type ImportResult = AcceptedResult | RejectedResult;
export type ImportResultKind = ImportResult['kind'];

export function isRejection(result: ImportResult): result is RejectedResult {
  return !('studentName' in result);
}

/** One sentence about a whole import, e.g. "30 files. 24 imported, of which 1 replaced an older export; 6 not imported." */
export function importSummary(results: readonly ImportResult[], fileCount: number): string {
  const notImported = results.filter((r) => isRejection(r) || r.kind === 'skipped-older-duplicate').length;
  const imported = results.length - notImported;
  const replaced = results.filter((r) => r.kind === 'replaced-older').length;
  const files = plural(fileCount, 'file');
  const inside =
    results.length !== fileCount
      ? ` (${results.length.toLocaleString('en')} counting the files inside .zip files)`
      : '';
  const replacedText = replaced ? `, of which ${replaced.toLocaleString('en')} replaced an older export` : '';
  return `${files}${inside}: ${imported.toLocaleString('en')} imported${replacedText}; ${notImported.toLocaleString('en')} not imported.`;
}
