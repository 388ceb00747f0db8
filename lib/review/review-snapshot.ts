/**
 * What the review shows at any moment (ReviewSession's snapshot), and the messages that ask for a
 * reload when the saved review cannot be used in this tab.
 */
import type { ImportResult } from '@/lib/exchange/import-types';
import type { ClassFeedback } from '@/lib/schemas/review';
import type { StudentSheet } from './student-sheet';

export type LastImport = { results: ImportResult[]; fileCount: number };

export type ReviewSnapshot = {
  ready: boolean;
  /** False when the browser cannot store the review: "saved" then only means "kept in this tab". */
  persistent: boolean;
  sheets: StudentSheet[];
  feedback: ClassFeedback;
  storageProblem: string | null;
  /** Saved records that failed validation and were left untouched. */
  unreadable: number;
  /** How many files are being imported, or null. */
  importing: number | null;
  lastImport: LastImport | null;
  importSaveError: string | null;
  /** The saved review cannot be used as it is in this tab: shown with a reload button, not an empty class. */
  reloadNeeded: string | null;
};

export const INITIAL_SNAPSHOT: ReviewSnapshot = {
  ready: false,
  persistent: true,
  sheets: [],
  feedback: new Map(),
  storageProblem: null,
  unreadable: 0,
  importing: null,
  lastImport: null,
  importSaveError: null,
  reloadNeeded: null,
};

export const LOAD_FAILED =
  'The saved review could not be opened. Nothing has been changed or lost: reload the page to try again.';
export const UPGRADED_ELSEWHERE =
  'The review was opened in a newer version of this app in another tab, so this tab has stopped saving. Reload the page to continue; your unsaved feedback is kept and saved after the reload.';
