/**
 * How two names are recognised as the same student's: equal after trimming, collapsing spaces and
 * ignoring case ("Amira  K." and "amira k." are one student). Used by the review to merge exports
 * and by the study page to check that a feedback file is addressed to this student.
 */
export function normaliseStudentName(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
}
