import { describe, expect, it } from 'vitest';
import type { StoredFeedback, StoredStudent } from '@/lib/schemas/review-records';
import { sampleResponseFile } from '@/lib/testing/sample-class';
import { sampleLesson } from '@/lib/testing/sample-lesson';
import { applyAnswerEdit, applyOverallEdit, newerExport } from './review-records';

const lessonId = sampleLesson.id;
const T1 = '2026-11-01T10:00:00.000Z';
const T2 = '2026-11-01T10:05:00.000Z';
const target = { studentKey: 'amira', questionId: 'q1' };

describe('applyAnswerEdit (the per-field merge inside one transaction)', () => {
  const commented: StoredFeedback = applyAnswerEdit(undefined, lessonId, { ...target, comment: 'Good.', at: T2 });

  it('a score from a tab that never saw the comment keeps the comment', () => {
    const merged = applyAnswerEdit(commented, lessonId, { ...target, levelId: 'met', at: T1 });
    expect(merged.value).toEqual({ levelId: 'met', comment: 'Good.', origin: 'teacher' });
  });

  it("merges a level with its origin, and a comment alone leaves the level's origin", () => {
    const accepted = applyAnswerEdit(commented, lessonId, {
      ...target,
      levelId: 'partly',
      origin: 'suggested-accepted',
      at: T2,
    });
    expect(accepted.value).toEqual({ levelId: 'partly', comment: 'Good.', origin: 'suggested-accepted' });
    const recommented = applyAnswerEdit(accepted, lessonId, { ...target, comment: 'Better.', at: T2 });
    expect(recommented.value.origin).toBe('suggested-accepted');
    const stale = applyAnswerEdit(accepted, lessonId, { ...target, levelId: 'met', origin: 'teacher', at: T1 });
    expect(stale.value).toMatchObject({ levelId: 'partly', origin: 'suggested-accepted' });
  });

  it('keeps a field another tab edited later, and a tie keeps the edit being written', () => {
    expect(applyAnswerEdit(commented, lessonId, { ...target, comment: 'Stale.', at: T1 }).value.comment).toBe('Good.');
    expect(applyAnswerEdit(commented, lessonId, { ...target, comment: 'Same moment.', at: T2 }).value.comment).toBe(
      'Same moment.',
    );
  });

  it('treats an older record without field times as edited at its updatedAt', () => {
    const old: StoredFeedback = {
      lessonId,
      ...target,
      value: { levelId: 'met', comment: 'Old', origin: 'teacher' },
      updatedAt: T1,
    };
    const merged = applyAnswerEdit(old, lessonId, { ...target, comment: 'New', at: T2 });
    expect(merged).toMatchObject({ value: { levelId: 'met', comment: 'New' }, commentAt: T2, updatedAt: T2 });
  });
});

describe('applyOverallEdit and newerExport', () => {
  it('keeps the later overall comment', () => {
    const later = { lessonId, studentKey: 'amira', comment: 'later', updatedAt: T2 };
    const earlier = { ...later, comment: 'earlier', updatedAt: T1 };
    expect(applyOverallEdit(later, earlier)).toBe(later);
    expect(applyOverallEdit(earlier, later)).toBe(later);
  });

  it('keeps the later export whichever is written last', () => {
    const record = (day: number): StoredStudent => ({
      lessonId,
      key: 'amira',
      file: sampleResponseFile(sampleLesson, 'Amira', { exportedAt: new Date(Date.UTC(2025, 2, day)) }),
      sourceName: `day-${day}.json`,
      importedAt: T1,
    });
    expect(newerExport(record(12), record(10)).sourceName).toBe('day-12.json');
    expect(newerExport(record(10), record(12)).sourceName).toBe('day-12.json');
  });
});
