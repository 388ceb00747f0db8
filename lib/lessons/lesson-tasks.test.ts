import { describe, expect, it } from 'vitest';
import { buildResponseFile } from '@/lib/exchange/response-file';
import { indexLesson } from '@/lib/review/lesson-index';
import { AnswerSchema, isAnswered, type Answer, type ClaimChartAnswer } from '@/lib/schemas/answer';
import { AnyResponseFileSchema, ResponseFileSchema } from '@/lib/schemas/exchange';
import { emptySavedAnswers, SavedAnswersSchema } from '@/lib/schemas/saved-answers';
import { loadRealLesson } from '@/lib/testing/real-lesson';
import { sheetsOf } from '@/lib/testing/student-sheets';
import { classSearches, claimColumns, itemSummary } from './class-tasks';
import { chartRows, CLAIM_CHART_ID, emptyChartRow, LATERAL_READING_ID, lessonTasks } from './lesson-tasks';
import { lessonOnPath } from './teaching-path';

const whole = loadRealLesson();
const extended = lessonOnPath(whole, 'extended');
const core = lessonOnPath(whole, 'core');
const at = '2026-11-02T08:00:00.000Z';
const claims = whole.claims!;

const chart: ClaimChartAnswer = {
  kind: 'claim-chart',
  rows: [
    { ...emptyChartRow(claims[0]!.id), whoAsserts: 'The unnamed author', status: 'unverifiable-here' },
    emptyChartRow(claims[1]!.id),
  ],
  updatedAt: at,
};
const reading: Answer = {
  kind: 'lateral-reading',
  searches: [
    {
      claimId: claims[0]!.id,
      searchedFor: 'Pakistan adult websites ban',
      where: 'javascript:alert(1)',
      whatItSays: 'A regulator blocks sites',
      whoIsBehind: 'A newspaper',
      verdict: 'supports',
    },
    { claimId: null, searchedFor: ' ', where: '', whatItSays: '', whoIsBehind: '', verdict: null },
  ],
  updatedAt: at,
};
const exitItem = whole.exitTicket!.items[1]!;

describe('task answers', () => {
  it('validate as answers; an unknown status or an overlong cell is refused', () => {
    expect(AnswerSchema.parse(chart)).toEqual(chart);
    expect(AnswerSchema.parse(reading)).toEqual(reading);
    const bad = { ...chart, rows: [{ ...emptyChartRow('c-x'), status: 'true' }] };
    expect(AnswerSchema.safeParse(bad).success).toBe(false);
    const long = { ...chart, rows: [{ ...emptyChartRow('c-x'), evidence: 'x'.repeat(2001) }] };
    expect(AnswerSchema.safeParse(long).success).toBe(false);
  });

  it('count as answered only with something filled in', () => {
    expect(isAnswered(chart)).toBe(true);
    expect(isAnswered({ ...chart, rows: [emptyChartRow('c-x')] })).toBe(false);
    expect(isAnswered({ ...reading, searches: reading.searches.slice(1) })).toBe(false);
  });

  it('keep older saved answers and answer files valid (no version bump needed)', () => {
    const saved = {
      ...emptySavedAnswers(whole.id, whole.version, at),
      answers: { q: { kind: 'text', text: 'x', updatedAt: at } },
    };
    expect(SavedAnswersSchema.safeParse(saved).success).toBe(true);
    expect(SavedAnswersSchema.safeParse({ ...saved, answers: { [CLAIM_CHART_ID]: chart } }).success).toBe(true);
  });

  it('are on the extended path only; the chart lists the claims in order, keeping rows of unknown claims', () => {
    expect(lessonTasks(extended)).toEqual({ claimChart: true, lateralReading: true });
    expect(lessonTasks(core)).toEqual({ claimChart: false, lateralReading: false });
    const rows = chartRows(claims, { ...chart, rows: [...chart.rows, emptyChartRow('c-gone')] });
    expect(rows.map((r) => r.claimId)).toEqual([...claims.map((c) => c.id), 'c-gone']);
  });
});

describe('tasks in the answer file and the review', () => {
  const saved = {
    ...emptySavedAnswers(whole.id, whole.version, at),
    answers: {
      [CLAIM_CHART_ID]: chart,
      [LATERAL_READING_ID]: reading,
      [exitItem.id]: { kind: 'text' as const, text: 'officially banned: ask a regulator', updatedAt: at },
    },
  };

  it('are exported on the extended path with the exit ticket, and not on the core path', () => {
    const file = buildResponseFile(extended, saved, 'Amira', new Date(at), 'extended');
    expect(file.answers.map((a) => a.questionId)).toEqual([exitItem.id, CLAIM_CHART_ID, LATERAL_READING_ID]);
    expect(ResponseFileSchema.parse(JSON.parse(JSON.stringify(file)))).toEqual(file);
    const coreFile = buildResponseFile(core, saved, 'Amira', new Date(at), 'core');
    expect(coreFile.answers.map((a) => a.questionId)).toEqual([exitItem.id]);
  });

  it('are kept apart from the question answers on the review sheet, never as unmatched', () => {
    const file = AnyResponseFileSchema.parse(buildResponseFile(extended, saved, 'Amira', new Date(at), 'extended'));
    const index = indexLesson(extended);
    const [sheet] = sheetsOf(index, [file]);
    expect(sheet!.unmatched).toEqual([]);
    expect([...sheet!.tasks.keys()]).toEqual([CLAIM_CHART_ID, LATERAL_READING_ID]);
    expect(sheet!.answers.get(exitItem.id)?.kind).toBe('text');

    const columns = claimColumns(claims, [sheet!]);
    expect(columns[0]!.rows.map((r) => r.row.whoAsserts)).toEqual(['The unnamed author']);
    expect(columns[0]!.statuses).toEqual({ checked: 0, 'unverifiable-here': 1, contradicted: 0, undecided: 0 });
    expect(columns[1]!.rows).toEqual([]);
    expect(classSearches([sheet!])[0]!.searches).toHaveLength(1);
    expect(itemSummary(exitItem.id, [sheet!], new Map()).answered).toBe(1);
  });
});
