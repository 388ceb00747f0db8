/**
 * The class's tasks side by side, for the review: each claim of the chart with every student's row
 * and how many gave each status; every student's searches; the exit ticket's counts per item.
 * Works on the review's student sheets, whose task answers are kept apart from the question answers.
 */
import { isAnswered, isRowFilled, isSearchFilled, type ClaimChartRow, type LateralSearch } from '@/lib/schemas/answer';
import type { Claim } from '@/lib/schemas/lesson-teaching';
import type { ClassFeedback } from '@/lib/schemas/review';
import type { StudentSheet } from '@/lib/review/student-sheet';
import { CLAIM_CHART_ID, LATERAL_READING_ID } from './lesson-tasks';

type Sheet = Pick<StudentSheet, 'key' | 'label' | 'answers' | 'tasks'>;

export type ClaimStatusCount = Record<NonNullable<ClaimChartRow['status']> | 'undecided', number>;

export type ClaimColumn = {
  claim: Claim;
  rows: { key: string; label: string; row: ClaimChartRow }[];
  statuses: ClaimStatusCount;
};

/** Per claim, the rows of the students who filled in something for it, and the status counts. */
export function claimColumns(claims: readonly Claim[], sheets: readonly Sheet[]): ClaimColumn[] {
  return claims.map((claim) => {
    const statuses: ClaimStatusCount = { checked: 0, 'unverifiable-here': 0, contradicted: 0, undecided: 0 };
    const rows: ClaimColumn['rows'] = [];
    for (const sheet of sheets) {
      const chart = sheet.tasks.get(CLAIM_CHART_ID);
      const row = chart?.kind === 'claim-chart' ? chart.rows.find((r) => r.claimId === claim.id) : undefined;
      if (!row || !isRowFilled(row)) continue;
      rows.push({ key: sheet.key, label: sheet.label, row });
      statuses[row.status ?? 'undecided'] += 1;
    }
    return { claim, rows, statuses };
  });
}

export type StudentSearches = { key: string; label: string; searches: LateralSearch[] };

/** The students who recorded searches, each with the searches that have something in them. */
export function classSearches(sheets: readonly Sheet[]): StudentSearches[] {
  return sheets.flatMap((sheet) => {
    const reading = sheet.tasks.get(LATERAL_READING_ID);
    if (reading?.kind !== 'lateral-reading') return [];
    const searches = reading.searches.filter(isSearchFilled);
    return searches.length ? [{ key: sheet.key, label: sheet.label, searches }] : [];
  });
}

export type ItemSummary = { questionId: string; answered: number; levels: Map<string | null, number> };

/**
 * One exit-ticket item: how many answered, and how many answers the teacher gave each rubric level
 * (null: answered but not scored yet).
 */
export function itemSummary(questionId: string, sheets: readonly Sheet[], feedback: ClassFeedback): ItemSummary {
  const levels = new Map<string | null, number>();
  let answered = 0;
  for (const sheet of sheets) {
    if (!isAnswered(sheet.answers.get(questionId))) continue;
    answered += 1;
    const level = feedback.get(sheet.key)?.answers.get(questionId)?.levelId ?? null;
    levels.set(level, (levels.get(level) ?? 0) + 1);
  }
  return { questionId, answered, levels };
}
