/**
 * Limits on what the review reads, checked before a file's contents are read, so that a wrong
 * or hostile file (a video dropped by mistake, a zip bomb) cannot freeze the teacher's browser.
 * An answer file from "Export my answers" is a few kilobytes; a class's .zip a few hundred.
 */
export const MAX_ANSWER_FILE_BYTES = 1024 * 1024;
export const MAX_ZIP_FILE_BYTES = 50 * 1024 * 1024;
export const MAX_ZIP_ENTRIES = 2000;
/** Total of the sizes a zip declares for its files, checked before any is unpacked. */
export const MAX_ZIP_UNPACKED_BYTES = 100 * 1024 * 1024;
/** Total of all files of one import (one drop or one pick) once unpacked; later files are refused. */
export const MAX_IMPORT_BYTES = 100 * 1024 * 1024;
/**
 * A .zip is unpacked in a Web Worker that is stopped after this long. Unpacking the largest
 * allowed zip takes a few seconds on a slow laptop; a zip built to loop or stall is cut off.
 */
export const UNZIP_TIME_LIMIT_MS = 15_000;
/** How far after the import an export may be dated before it is refused as from the future. */
export const MAX_CLOCK_AHEAD_MS = 24 * 60 * 60 * 1000;
