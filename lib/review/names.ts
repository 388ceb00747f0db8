/**
 * How two answer files are recognised as the same student's: the names match after trimming,
 * collapsing spaces and ignoring case ("Amira  K." and "amira k." are one student).
 */
export function normaliseStudentName(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
}

/** Compares names for a class list: alphabetical, ignoring case and accents. */
export const compareNames = new Intl.Collator('en', { sensitivity: 'base', numeric: true }).compare;
