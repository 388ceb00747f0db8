/**
 * Limits on what the review reads, checked before a file's contents are read, so that a wrong
 * or hostile file (a video dropped by mistake, a zip bomb) cannot freeze the teacher's browser.
 * An answer file from "Export my answers" is a few kilobytes; a class's .zip a few hundred.
 */
export const MAX_ANSWER_FILE_BYTES = 1024 * 1024;
export const MAX_ZIP_FILE_BYTES = 50 * 1024 * 1024;
export const MAX_ZIP_ENTRIES = 2000;
/** Total of the sizes the zip declares for its files, before any is unpacked. */
export const MAX_ZIP_UNPACKED_BYTES = 200 * 1024 * 1024;
