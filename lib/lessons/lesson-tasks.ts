/**
 * The two tasks beside the questions: the claim-and-evidence chart (pre-filled with the lesson's
 * claims) and lateral reading (searches the student did and what they found). Each is stored,
 * exported and imported as one answer under a fixed id that no question id may take.
 */
import type { ClaimChartAnswer, ClaimChartRow, LateralReadingAnswer, LateralSearch } from '@/lib/schemas/answer';
import type { Claim } from '@/lib/schemas/lesson-teaching';
import type { Lesson } from '@/lib/schemas/lesson';

export const CLAIM_CHART_ID = 'claim-chart';
export const LATERAL_READING_ID = 'lateral-reading';
export const TASK_IDS: readonly string[] = [CLAIM_CHART_ID, LATERAL_READING_ID];

export const CLAIM_STATUS_LABELS = {
  checked: 'Checked',
  'unverifiable-here': 'Unverifiable here',
  contradicted: 'Contradicted',
} as const;

export const VERDICT_LABELS = {
  supports: 'Supports the claim',
  contradicts: 'Contradicts the claim',
  'does-not-settle': 'Does not settle it',
} as const;

export const CLAIM_CATEGORY_LABELS: Record<Claim['category'], string> = {
  legal: 'Legal claim',
  'statistic-or-generalisation': 'Statistic or generalisation',
  time: 'Time',
  'source-description': 'Description of a source',
};

/** The tasks a lesson (already on its path, see lessonOnPath) asks for. */
export function lessonTasks(lesson: Lesson): { claimChart: boolean; lateralReading: boolean } {
  const claims = (lesson.claims ?? []).length > 0;
  return { claimChart: claims, lateralReading: claims && lesson.lateralReading !== undefined };
}

export function emptyChartRow(claimId: string): ClaimChartRow {
  return { claimId, whoAsserts: '', evidence: '', howToCheck: '', status: null };
}

/**
 * The chart in the lesson's claim order: the student's row for each claim, or an empty one. Rows
 * for claims the lesson no longer has are kept at the end, so nothing the student wrote is lost.
 */
export function chartRows(claims: readonly Claim[], answer: ClaimChartAnswer | undefined): ClaimChartRow[] {
  const saved = new Map((answer?.rows ?? []).map((r) => [r.claimId, r]));
  const known = new Set(claims.map((c) => c.id));
  return [
    ...claims.map((c) => saved.get(c.id) ?? emptyChartRow(c.id)),
    ...(answer?.rows ?? []).filter((r) => !known.has(r.claimId)),
  ];
}

export function withChartRow(rows: readonly ClaimChartRow[], row: ClaimChartRow): ClaimChartRow[] {
  return rows.map((r) => (r.claimId === row.claimId ? row : r));
}

export function emptySearch(claimId: string | null): LateralSearch {
  return { claimId, searchedFor: '', where: '', whatItSays: '', whoIsBehind: '', verdict: null };
}

/** The searches to show: at least one (empty) row, so there is always somewhere to start. */
export function searchRows(answer: LateralReadingAnswer | undefined): LateralSearch[] {
  const searches = answer?.searches ?? [];
  return searches.length ? searches : [emptySearch(null)];
}
