import { describe, expect, it } from 'vitest';
import {
  SAVED_ANSWERS_VERSION,
  SavedAnswersSchema,
  SavedAnswersV1Schema,
  SavedAnswersV2Schema,
} from '@/lib/schemas/saved-answers';
import { addAnswerKindsAndRevision, addStudentId, migrateSavedAnswers } from './migrations';

const STUDENT_ID = '0b7e4c52-5d7a-4b9e-9a51-3f8c2d1e6a40';
const context = { lessonVersion: 1, newStudentId: () => STUDENT_ID };

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
    expect(SavedAnswersV2Schema.safeParse(v2).success).toBe(true);
  });
});

describe('addStudentId (v2 -> v3)', () => {
  const v2 = SavedAnswersV2Schema.parse({
    ...addAnswerKindsAndRevision(v1, { lessonVersion: 1 }),
    studentName: 'Amira K.',
    feedback: {
      type: 'media-literacy-lesson/feedback',
      version: 1,
      lesson: { id: 'demo-lesson', version: 1, title: 'Demo' },
      student: { name: 'Amira K.' },
      createdAt: '2026-10-02T09:00:00.000Z',
      overallComment: 'Well done.',
      feedback: [],
    },
  });

  it('gives the student a new random id and keeps everything else, including version 1 feedback', () => {
    const v3 = addStudentId(v2, context);
    expect(v3).toEqual({ ...v2, version: 3, studentId: STUDENT_ID, lastExportedAt: null });
    expect(SavedAnswersSchema.safeParse(v3).success).toBe(true);
  });

  it('makes a real random UUID when no id maker is given, a different one each time', () => {
    const a = addStudentId(v2, { lessonVersion: 1 }).studentId;
    const b = addStudentId(v2, { lessonVersion: 1 }).studentId;
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(a).not.toBe(b);
  });

  it('is the step migrateSavedAnswers runs for version 2 data', () => {
    expect(migrateSavedAnswers(v2, context)).toEqual({ ok: true, data: addStudentId(v2, context), migratedFrom: 2 });
  });
});

describe('migrateSavedAnswers', () => {
  it('migrates version 1 through every step and says so', () => {
    const result = migrateSavedAnswers(v1, context);
    expect(result.ok && result.migratedFrom).toBe(1);
    expect(result.ok && result.data.version).toBe(SAVED_ANSWERS_VERSION);
    expect(result.ok && result.data.studentId).toBe(STUDENT_ID);
  });

  it('accepts the current version unchanged', () => {
    const current = addStudentId(addAnswerKindsAndRevision(v1, { lessonVersion: 1 }), context);
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
    [
      'a v3 record without a student id',
      { ...addAnswerKindsAndRevision(v1, { lessonVersion: 1 }), version: 3, lastExportedAt: null },
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
