/**
 * Reads a .zip's central directory (the list at its end) byte by byte, with every offset checked
 * against the file, so that nothing is unpacked before the whole list has been judged. fflate's
 * unzip trusts the directory; a hostile zip (entries that share or overlap one compressed block,
 * sizes that lie) is caught here instead. ZIP64, split and encrypted zips are not needed for
 * answer files and are refused.
 */
export type ZipEntry = {
  name: string;
  /** 0 = stored, 8 = deflated. */
  method: number;
  encrypted: boolean;
  compressedSize: number;
  /** The size the directory declares for the unpacked file. */
  declaredSize: number;
  /** Where the entry's local header starts, and where its compressed data starts and ends. */
  headerStart: number;
  dataStart: number;
  dataEnd: number;
  /** The local header gives other sizes than the directory (and is not followed by a data descriptor). */
  sizesDisagree: boolean;
};

export type ZipDirectory = { ok: true; entries: ZipEntry[] } | { ok: false; problem: 'damaged' | 'unsupported' };

const END_SIGNATURE = 0x06054b50;
const DIRECTORY_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const END_SIZE = 22;
const MAX_COMMENT = 0xffff;
const FLAG_ENCRYPTED = 0x1;
const FLAG_DATA_DESCRIPTOR = 0x8;
const FLAG_UTF8_NAME = 0x800;

const utf8 = new TextDecoder('utf-8', { fatal: true });
const latin1 = new TextDecoder('latin1');

/** Names are UTF-8 when flagged, and in practice often UTF-8 when not; otherwise read as Latin-1. */
function entryName(bytes: Uint8Array, flags: number): string {
  try {
    return utf8.decode(bytes);
  } catch {
    return flags & FLAG_UTF8_NAME ? new TextDecoder().decode(bytes) : latin1.decode(bytes);
  }
}

function findEnd(view: DataView): number {
  const last = view.byteLength - END_SIZE;
  for (let at = last; at >= 0 && at >= last - MAX_COMMENT; at -= 1) {
    if (view.getUint32(at, true) === END_SIGNATURE) return at;
  }
  return -1;
}

export function readZipDirectory(bytes: Uint8Array): ZipDirectory {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const damaged: ZipDirectory = { ok: false, problem: 'damaged' };
  const end = findEnd(view);
  if (end < 0) return damaged;
  const disk = view.getUint16(end + 4, true);
  const directoryDisk = view.getUint16(end + 6, true);
  const count = view.getUint16(end + 10, true);
  const directorySize = view.getUint32(end + 12, true);
  const directoryStart = view.getUint32(end + 16, true);
  if (count === 0xffff || directoryStart === 0xffffffff || directorySize === 0xffffffff || disk || directoryDisk)
    return { ok: false, problem: 'unsupported' };
  if (directoryStart + directorySize > end) return damaged;

  const entries: ZipEntry[] = [];
  let at = directoryStart;
  for (let i = 0; i < count; i += 1) {
    if (at + 46 > end || view.getUint32(at, true) !== DIRECTORY_SIGNATURE) return damaged;
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    const compressedSize = view.getUint32(at + 20, true);
    const declaredSize = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const next = at + 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    const headerStart = view.getUint32(at + 42, true);
    if (next > end) return damaged;
    if (compressedSize === 0xffffffff || declaredSize === 0xffffffff || headerStart === 0xffffffff)
      return { ok: false, problem: 'unsupported' };
    if (headerStart + 30 > directoryStart || view.getUint32(headerStart, true) !== LOCAL_SIGNATURE) return damaged;
    const dataStart =
      headerStart + 30 + view.getUint16(headerStart + 26, true) + view.getUint16(headerStart + 28, true);
    const dataEnd = dataStart + compressedSize;
    if (dataEnd > directoryStart) return damaged;
    const localSizesGiven = !(flags & FLAG_DATA_DESCRIPTOR);
    entries.push({
      name: entryName(bytes.subarray(at + 46, at + 46 + nameLength), flags),
      method,
      encrypted: Boolean(flags & FLAG_ENCRYPTED),
      compressedSize,
      declaredSize,
      headerStart,
      dataStart,
      dataEnd,
      sizesDisagree:
        localSizesGiven &&
        (view.getUint32(headerStart + 18, true) !== compressedSize ||
          view.getUint32(headerStart + 22, true) !== declaredSize),
    });
    at = next;
  }
  return { ok: true, entries };
}

/**
 * True when two entries share bytes: the same local header, or one's data inside another's.
 * A zip tool never writes that; a zip bomb does, to unpack one small block many times.
 */
export function entriesOverlap(entries: readonly ZipEntry[]): boolean {
  const byStart = [...entries].sort((a, b) => a.headerStart - b.headerStart);
  return byStart.some((entry, i) => i > 0 && entry.headerStart < (byStart[i - 1]?.dataEnd ?? 0));
}
