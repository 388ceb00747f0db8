/**
 * How two answer files are recognised as the same student's: the names match after trimming,
 * collapsing spaces and ignoring case ("Amira  K." and "amira k." are one student).
 */
export function normaliseStudentName(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
}

/** A name made safe for a file name on every file system, e.g. "Zoë O'Neil" -> "zoe-o-neil". */
export function fileNameSlug(text: string, fallback: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  return slug || fallback;
}

/** Compares names for a class list: alphabetical, ignoring case and accents. */
export const compareNames = new Intl.Collator('en', { sensitivity: 'base', numeric: true }).compare;
