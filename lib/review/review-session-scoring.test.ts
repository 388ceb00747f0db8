import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { memoryReviewStore } from '@/lib/storage/memory-review-store';
import { readJournal } from '@/lib/storage/review-journal';
import { jsonSource } from '@/lib/testing/import-sources';
import { fakeWindow, MemoryStorage } from '@/lib/testing/memory-storage';
import { sampleClass } from '@/lib/testing/sample-class';
import { sampleLesson } from '@/lib/testing/sample-lesson';
import { feedbackFor } from './feedback';
import { indexLesson } from './lesson-index';
import { ReviewSession } from './review-session';
import { questionSuggestions, type Suggestion } from './suggested-score';

const index = indexLesson(sampleLesson);
const choice = index.questions.find((q) => q.question.kind === 'single')!;
const questionId = choice.question.id;

let session: ReviewSession;
let store: ReturnType<typeof memoryReviewStore>;
beforeEach(async () => {
  store = memoryReviewStore();
  session = new ReviewSession(index, { openStore: async () => ({ store, problem: null }) });
  await session.open();
  await session.importFiles(sampleClass(sampleLesson, 12).map((file, i) => jsonSource(`${i}.json`, file)));
});

const valueOf = (studentKey: string) => feedbackFor(session.getSnapshot().feedback, studentKey, questionId);
const suggestions = () => questionSuggestions(index, choice, session.getSnapshot().sheets);

describe('ReviewSession scoring actions', () => {
  it('accepts every suggestion of a question in one action, recording the origin', () => {
    const expected = suggestions();
    expect(expected.size).toBeGreaterThan(1);
    expect(session.pendingSuggestions(questionId)).toHaveLength(expected.size);
    expect(session.acceptSuggestions(questionId)).toBe(expected.size);
    for (const [key, suggestion] of expected)
      expect(valueOf(key)).toEqual({ levelId: suggestion.level.id, comment: '', origin: 'suggested-accepted' });
    expect(session.pendingSuggestions(questionId)).toEqual([]);
    expect(session.acceptSuggestions(questionId)).toBe(0);
  });

  it("never replaces a score the teacher gave, and a teacher's level is theirs even when it is the suggested one", () => {
    const [[first, suggestion], [second]] = [...suggestions()].slice(0, 2) as [[string, Suggestion], [string]];
    session.scoreAnswer(first, questionId, suggestion.level.id);
    session.setAnswerFeedback(second, questionId, { levelId: 'not-yet', comment: 'Look again.' });
    session.acceptSuggestions(questionId);
    expect(valueOf(first)).toMatchObject({ levelId: suggestion.level.id, origin: 'teacher' });
    expect(valueOf(second)).toEqual({ levelId: 'not-yet', comment: 'Look again.', origin: 'teacher' });
  });

  it('accepts one suggestion alone; a comment added later keeps the origin, a new level makes it the teacher’s', () => {
    const [key, suggestion] = [...suggestions()][0]!;
    session.acceptSuggestion(key, questionId);
    expect(session.pendingSuggestions(questionId)).toHaveLength(suggestions().size - 1);
    session.setAnswerFeedback(key, questionId, { levelId: suggestion.level.id, comment: 'Good.' });
    expect(valueOf(key)).toEqual({ levelId: suggestion.level.id, comment: 'Good.', origin: 'suggested-accepted' });
    session.scoreAnswer(key, questionId, null);
    expect(valueOf(key)).toEqual({ levelId: null, comment: 'Good.', origin: null });
  });

  it('applies a group score or comment to each student, who can still be changed alone', () => {
    const keys = session
      .getSnapshot()
      .sheets.slice(0, 3)
      .map((s) => s.key);
    session.setAnswerFeedback(keys[0]!, questionId, { levelId: null, comment: 'Own note.' });
    session.setGroupFeedback(keys, questionId, { levelId: 'partly' });
    expect(keys.map(valueOf)).toEqual([
      { levelId: 'partly', comment: 'Own note.', origin: 'teacher' },
      { levelId: 'partly', comment: '', origin: 'teacher' },
      { levelId: 'partly', comment: '', origin: 'teacher' },
    ]);
    session.setGroupFeedback(keys, questionId, { comment: 'Check the date.' });
    session.scoreAnswer(keys[1]!, questionId, 'met');
    expect(keys.map((k) => [valueOf(k).levelId, valueOf(k).comment])).toEqual([
      ['partly', 'Check the date.'],
      ['met', 'Check the date.'],
      ['partly', 'Check the date.'],
    ]);
  });

  it('accepts the suggestions of only the given students (a group)', () => {
    const [a, b] = [...suggestions().keys()];
    expect(session.acceptSuggestions(questionId, [a!])).toBe(1);
    expect(valueOf(a!).origin).toBe('suggested-accepted');
    expect(valueOf(b!).origin).toBeNull();
  });

  it('saves what the actions change', async () => {
    session.acceptSuggestions(questionId);
    await session.flush();
    const [key, suggestion] = [...suggestions()][0]!;
    const saved = (await store.load(sampleLesson.id)).feedback;
    expect(feedbackFor(saved, key, questionId)).toEqual({
      levelId: suggestion.level.id,
      comment: '',
      origin: 'suggested-accepted',
    });
  });
});

describe('ReviewSession scoring, when the tab closes before the write', () => {
  beforeEach(() => vi.stubGlobal('window', fakeWindow(new MemoryStorage())));
  afterEach(() => vi.unstubAllGlobals());

  it("replays accepted suggestions and the teacher's scores from the journal with their origins", async () => {
    const [[accepted, suggestion], [scored]] = [...suggestions()].slice(0, 2) as [[string, Suggestion], [string]];
    session.acceptSuggestion(accepted, questionId);
    session.scoreAnswer(scored, questionId, 'not-yet');
    session.setAnswerFeedback(accepted, questionId, { levelId: suggestion.level.id, comment: 'Well spotted.' });
    expect(Object.values(readJournal(sampleLesson.id))).toContainEqual(
      expect.objectContaining({ studentKey: accepted, levelId: suggestion.level.id, origin: 'suggested-accepted' }),
    );

    const reopened = new ReviewSession(index, { openStore: async () => ({ store, problem: null }) });
    await reopened.open();
    await reopened.flush();
    const saved = (await store.load(sampleLesson.id)).feedback;
    for (const feedback of [reopened.getSnapshot().feedback, saved]) {
      expect(feedbackFor(feedback, accepted, questionId)).toEqual({
        levelId: suggestion.level.id,
        comment: 'Well spotted.',
        origin: 'suggested-accepted',
      });
      expect(feedbackFor(feedback, scored, questionId)).toEqual({ levelId: 'not-yet', comment: '', origin: 'teacher' });
    }
    reopened.dispose();
  });
});
