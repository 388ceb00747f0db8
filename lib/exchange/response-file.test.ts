import { describe, expect, it } from 'vitest';
import { loadRealLesson } from '@/lib/testing/real-lesson';
import { ResponseFileSchema } from '@/lib/schemas/exchange';
import { emptySavedAnswers } from '@/lib/schemas/saved-answers';
import { buildResponseFile, responseFileName } from './response-file';
import { parseFeedbackText } from './feedback-import';

const lesson = loadRealLesson();
const at = '2026-11-02T08:00:00.000Z';
const [first, second, third] = lesson.sections[0]!.questions;
const prompt = lesson.sections[0]!.prompts[0]!;

describe('buildResponseFile', () => {
  const saved = {
    ...emptySavedAnswers(lesson.id, lesson.version, at),
    answers: {
      [third!.id]: { kind: 'mark' as const, sentenceIds: ['s-framing-1'], checked: true, updatedAt: at },
      [first!.id]: { kind: 'text' as const, text: 'An answer', updatedAt: at },
      [second!.id]: { kind: 'text' as const, text: '   ', updatedAt: at },
      [prompt.id]: { kind: 'text' as const, text: 'A private note', updatedAt: at },
    },
  };

  it('writes the type marker, versions, name, timestamps and real answers in lesson order, never prompt notes', () => {
    const file = buildResponseFile(lesson, saved, '  Amira K. ', new Date('2026-11-03T10:00:00.000Z'));
    expect(file).toMatchObject({
      type: 'media-literacy-lesson/responses',
      version: 2,
      lesson: { id: lesson.id, version: lesson.version, title: lesson.title },
      student: { id: saved.studentId, name: 'Amira K.' },
      startedAt: at,
      exportedAt: '2026-11-03T10:00:00.000Z',
    });
    expect(file.answers.map((a) => a.questionId)).toEqual([first!.id, third!.id]);
    expect(ResponseFileSchema.parse(JSON.parse(JSON.stringify(file)))).toEqual(file);
  });

  it('refuses to export without a name', () => {
    expect(() => buildResponseFile(lesson, saved, '   ', new Date())).toThrow();
  });
});

describe('ResponseFileSchema', () => {
  const valid = buildResponseFile(lesson, emptySavedAnswers(lesson.id, 1, at), 'Sam', new Date(at));
  it.each([
    ['an unknown field', { ...valid, extra: 1 }],
    ['another type', { ...valid, type: 'something-else' }],
    ['another version', { ...valid, version: 3 }],
    ['no student id', { ...valid, student: { name: 'Sam' } }],
    ['a student id that is not a UUID', { ...valid, student: { id: 'sam', name: 'Sam' } }],
    ['an overlong name', { ...valid, student: { id: valid.student.id, name: 'x'.repeat(121) } }],
    ['a bad date', { ...valid, exportedAt: 'yesterday' }],
    ['a bad answer', { ...valid, answers: [{ questionId: 'q-a', answer: { kind: 'text' } }] }],
  ])('rejects a file with %s', (_, file) => {
    expect(ResponseFileSchema.safeParse(file).success).toBe(false);
  });
});

describe('responseFileName', () => {
  it('makes a safe file name from any name', () => {
    expect(responseFileName('lesson-x', 'Zoë O’Brien / 10B')).toBe('zoe-o-brien-10b-lesson-x-answers.json');
    expect(responseFileName('lesson-x', '李')).toBe('student-lesson-x-answers.json');
  });
});

describe('parseFeedbackText', () => {
  const SAM = '6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b';
  const OTHER_SAM = '0a1b2c3d-4e5f-4a6b-9c7d-8e9f0a1b2c3d';
  const sam = { studentId: SAM, studentName: 'Sam', lastExportedAt: '2026-11-02T09:00:00.000Z' };
  const feedback = {
    type: 'media-literacy-lesson/feedback',
    version: 2,
    lesson: { id: lesson.id, version: lesson.version, title: lesson.title },
    student: { id: SAM, name: 'Sam' },
    answersExportedAt: '2026-11-02T09:00:00.000Z',
    createdAt: at,
    overallComment: 'Well argued.',
    feedback: [{ questionId: 'q-a', levelId: 'met', levelLabel: 'Met', comment: 'Good.' }],
  };
  const v1 = { ...feedback, version: 1, student: { name: 'Sam' }, answersExportedAt: undefined };

  it('accepts a feedback file for this lesson and this student', () => {
    const result = parseFeedbackText('f.json', JSON.stringify(feedback), lesson, sam);
    expect(result).toMatchObject({ ok: true, note: null });
  });

  it('refuses feedback for another student id, even with the same name', () => {
    const other = { ...feedback, student: { id: OTHER_SAM, name: 'Sam' } };
    const result = parseFeedbackText('f.json', JSON.stringify(other), lesson, sam);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(/is feedback for another student \(Sam/);
  });

  it('accepts feedback for this id under another name (a student who renamed)', () => {
    const renamed = { ...feedback, student: { id: SAM, name: 'Samuel' } };
    expect(parseFeedbackText('f.json', JSON.stringify(renamed), lesson, sam).ok).toBe(true);
  });

  it('says when the feedback answers an older export than the latest', () => {
    const later = { ...sam, lastExportedAt: '2026-11-03T10:00:00.000Z' };
    const result = parseFeedbackText('f.json', JSON.stringify(feedback), lesson, later);
    expect(result.ok && result.note).toMatch(/answers the answers you exported on .*you exported again on/);
  });

  it('still reads a version 1 file, matched by name, and says so', () => {
    const result = parseFeedbackText('f.json', JSON.stringify(v1), lesson, { ...sam, studentName: 'sam' });
    expect(result).toMatchObject({ ok: true, feedback: { version: 1 } });
    expect(result.ok && result.note).toMatch(/does not name a student id .* matched by name only/);
  });

  it('notes a feedback file written for another version of the lesson', () => {
    const result = parseFeedbackText(
      'f.json',
      JSON.stringify({ ...feedback, lesson: { ...feedback.lesson, version: lesson.version + 1 } }),
      lesson,
      sam,
    );
    expect(result.ok && result.note).toMatch(/version/);
  });

  it.each([
    ['not JSON', 'nope', /not readable JSON/],
    ['an answer file', JSON.stringify({ type: 'media-literacy-lesson/responses' }), /is an answer file/],
    ['another app', JSON.stringify({ hello: 1 }), /not a feedback file from this app/],
    ['a newer format', JSON.stringify({ ...feedback, version: 3 }), /different version of this app/],
    [
      'another lesson',
      JSON.stringify({ ...feedback, lesson: { id: 'other-lesson', version: 1, title: 'Other' } }),
      /another lesson \("Other"\)/,
    ],
    ['a damaged file', JSON.stringify({ ...feedback, feedback: 'x' }), /damaged or incomplete/],
    ['a version 2 file without the answers export', JSON.stringify({ ...v1, version: 2 }), /damaged or incomplete/],
    [
      "another student's version 1 file",
      JSON.stringify({ ...v1, student: { name: 'Amira K.' } }),
      /is feedback for Amira K\., but the name on this page is Sam/,
    ],
  ])('explains %s', (_, text, message) => {
    const result = parseFeedbackText('f.json', text, lesson, sam);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(message);
  });
});
