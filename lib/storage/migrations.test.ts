import { describe, expect, it } from 'vitest';
import { SAVED_ANSWERS_VERSION, SavedAnswersSchema, SavedAnswersV1Schema } from '@/lib/schemas/saved-answers';
import { addAnswerKindsAndRevision, migrateSavedAnswers } from './migrations';

const v1 = SavedAnswersV1Schema.parse({
  version: 1,
  lessonId: 'demo-lesson',
  savedAt: '2026-10-01T09:00:00.000Z',
  answers: { 'q-who': 'Bushra and a lawyer' },
});

describe('addAnswerKindsAndRevision (v1 -> v2)', () => {
  it('turns plain text answers into text answers stamped with the old save time', () => {
    const v2 = addAnswerKindsAndRevision(v1, { lessonVersion: 3 });
    expect(v2.answers['q-who']).toEqual({
      kind: 'text',
      text: 'Bushra and a lawyer',
      updatedAt: '2026-10-01T09:00:00.000Z',
    });
    expect(v2).toMatchObject({
      version: 2,
      lessonId: 'demo-lesson',
      lessonVersion: 3,
      revision: 1,
      studentName: '',
      feedback: null,
    });
    expect(SavedAnswersSchema.safeParse(v2).success).toBe(true);
  });
});

describe('migrateSavedAnswers', () => {
  it('migrates version 1 and says so', () => {
    const result = migrateSavedAnswers(v1, { lessonVersion: 1 });
    expect(result.ok && result.migratedFrom).toBe(1);
    expect(result.ok && result.data.version).toBe(SAVED_ANSWERS_VERSION);
  });

  it('accepts the current version unchanged', () => {
    const current = addAnswerKindsAndRevision(v1, { lessonVersion: 1 });
    const result = migrateSavedAnswers(current, { lessonVersion: 1 });
    expect(result).toEqual({ ok: true, data: current, migratedFrom: null });
  });

  it('refuses data from a newer version', () => {
    expect(migrateSavedAnswers({ version: SAVED_ANSWERS_VERSION + 1 }, { lessonVersion: 1 })).toEqual({
      ok: false,
      problem: 'too-new',
      version: SAVED_ANSWERS_VERSION + 1,
    });
  });

  it.each([
    ['no version', { lessonId: 'x' }],
    ['a version that is not a number', { version: '2' }],
    ['a broken v1 record', { ...v1, answers: { 'q-who': 42 } }],
    [
      'a v2 record with a bad answer',
      { ...addAnswerKindsAndRevision(v1, { lessonVersion: 1 }), answers: { 'q-who': { kind: 'text' } } },
    ],
    ['version 0', { version: 0 }],
    ['null', null],
  ])('reports %s as invalid with a reason', (_, raw) => {
    const result = migrateSavedAnswers(raw, { lessonVersion: 1 });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problem).toBe('invalid');
    expect(!result.ok && result.problem === 'invalid' && result.detail.length).toBeGreaterThan(0);
  });
});
