/**
 * Student names come from a text box and from files anyone can edit, so they are cleaned before
 * they are stored or exported, and compared in a form where look-alike spellings are equal.
 *
 * Cleaning removes control characters (a newline or tab becomes a space) and format characters
 * (Unicode category Cf: the bidi overrides, embeddings, isolates and marks, zero-width spaces and
 * joiners, soft hyphens, byte-order marks). A right-to-left override would otherwise make a name
 * display as another one ("Amira\u202Eklim" shows as "Amiramilk"), and a zero-width joiner would
 * make two names that look alike different. The price: scripts that use a zero-width (non-)joiner
 * inside words (Persian, some Indic scripts) lose it; the letters still read the same.
 */
const WHITESPACE_CONTROLS = /[\t\n\v\f\r\u0085]/g;
const CONTROL_AND_FORMAT = /[\p{Cc}\p{Cf}]/gu;

/** The name as stored and exported: no control or format characters, spaces collapsed, trimmed. */
export function cleanStudentName(name: string): string {
  return name.replace(WHITESPACE_CONTROLS, ' ').replace(CONTROL_AND_FORMAT, '').replace(/\s+/g, ' ').trim();
}

/**
 * How two names are recognised as the same student's: equal after cleaning, compatibility
 * normalisation (NFKC: full-width "Ａｍｉｒａ" and ligatures such as "ﬁ" become plain letters) and
 * case folding. JavaScript has no full case folding (`toLocaleLowerCase('und')` is only lower
 * casing), so this is NFKC, lower case, then NFKC again, because lower casing can produce a
 * sequence that is no longer normalised (e.g. "İ" becomes "i" plus a combining dot). It is close
 * to Unicode's NFKC_Casefold; the known difference is that "ß" and "ss" stay different.
 */
export function normaliseStudentName(name: string): string {
  return cleanStudentName(name).normalize('NFKC').toLowerCase().normalize('NFKC');
}
