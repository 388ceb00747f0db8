import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { FeedbackFileSchema } from '@/lib/schemas/exchange';
import { withAnswerFeedback, withOverallComment } from '@/lib/review/feedback';
import type { ClassFeedback } from '@/lib/schemas/review';
import { buildFeedbackFile, buildFeedbackZip, feedbackFileName } from './feedback-file';
import { indexLesson } from '@/lib/review/lesson-index';
import { sheetsOf } from '@/lib/testing/student-sheets';
import { sampleResponseFile } from '@/lib/testing/sample-class';
import { sampleLesson } from '@/lib/testing/sample-lesson';

const index = indexLesson(sampleLesson);
const now = new Date('2025-03-12T08:00:00Z');
const sheets = sheetsOf(index, [
  sampleResponseFile(sampleLesson, 'Zoë O’Neil'),
  sampleResponseFile(sampleLesson, 'Zoe O Neil'),
]);

let feedback: ClassFeedback = new Map();
feedback = withAnswerFeedback(feedback, sheets[0]!.key, 'q-reflection', {
  levelId: 'met',
  origin: 'teacher',
  comment: 'Clear plan.',
});
feedback = withAnswerFeedback(feedback, sheets[0]!.key, 'q-who-speaks', {
  levelId: null,
  origin: null,
  comment: 'Who else speaks?',
});
feedback = withAnswerFeedback(feedback, sheets[0]!.key, 'q-main-source', {
  levelId: null,
  origin: null,
  comment: '  ',
});
feedback = withOverallComment(feedback, sheets[0]!.key, 'Good work.');

describe('buildFeedbackFile', () => {
  it('lists scored or commented questions in lesson order, with the level label', () => {
    const file = buildFeedbackFile(index, sheets[0]!, feedback, now);
    expect(FeedbackFileSchema.safeParse(file).success).toBe(true);
    expect(file).toMatchObject({
      lesson: { id: 'sample-lesson', version: 2, title: 'Sample lesson' },
      student: { id: sheets[0]!.studentId, name: 'Zoë O’Neil' },
      answersExportedAt: sheets[0]!.exportedAt,
      createdAt: '2025-03-12T08:00:00.000Z',
      overallComment: 'Good work.',
      feedback: [
        { questionId: 'q-who-speaks', levelId: null, levelLabel: null, comment: 'Who else speaks?' },
        { questionId: 'q-reflection', levelId: 'met', levelLabel: 'Met', comment: 'Clear plan.', origin: 'teacher' },
      ],
    });
  });

  it('gives a student without feedback an empty list', () => {
    expect(buildFeedbackFile(index, sheets[1]!, feedback, now)).toMatchObject({ overallComment: '', feedback: [] });
  });

  it('names files safely', () => {
    expect(feedbackFileName('sample-lesson', 'Zoë O’Neil')).toBe('zoe-o-neil-sample-lesson-feedback.json');
    expect(feedbackFileName('sample-lesson', '../../etc')).toBe('etc-sample-lesson-feedback.json');
    expect(feedbackFileName('sample-lesson', '<>')).toBe('student-sample-lesson-feedback.json');
  });
});

describe('buildFeedbackZip', () => {
  it('holds one file per student and never overwrites names that slug alike', () => {
    const files = unzipSync(buildFeedbackZip(index, sheets, feedback, now));
    expect(Object.keys(files)).toEqual([
      'zoe-o-neil-sample-lesson-feedback.json',
      'zoe-o-neil-sample-lesson-feedback-2.json',
    ]);
    const second = FeedbackFileSchema.parse(JSON.parse(strFromU8(files['zoe-o-neil-sample-lesson-feedback-2.json']!)));
    expect(second.student.name).toBe('Zoe O Neil');
  });
});
