/**
 * What the review says when the browser refused to store the teacher's marks or feedback: under a
 * field (components/common/SaveStatus.tsx) and after an import (review-session.ts). One sentence,
 * so both places say the same thing.
 */
export const NOT_SAVED =
  'Not saved: the browser refused to store it (its storage may be full). Your text is still here; export the marks to keep a copy.';
