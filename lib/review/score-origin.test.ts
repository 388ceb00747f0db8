import { describe, expect, it } from 'vitest';
import type { FeedbackValueWithOrigin } from '@/lib/schemas/score-origin';
import { scoreOriginCell, scoreOriginColumn, withAcceptedSuggestion, withTeacherScore } from './score-origin';

const empty: FeedbackValueWithOrigin = { levelId: null, comment: 'Keep going.', origin: null };

describe('score origin', () => {
  it('records an accepted suggestion, and any level the teacher picks as theirs', () => {
    const accepted = withAcceptedSuggestion(empty, 'met');
    expect(accepted).toEqual({ levelId: 'met', comment: 'Keep going.', origin: 'suggested-accepted' });
    expect(withTeacherScore(accepted, 'met').origin).toBe('teacher');
    expect(withTeacherScore(accepted, null)).toEqual(empty);
  });

  it('writes the CSV column and cells, empty when there is no score', () => {
    expect(scoreOriginColumn(3)).toBe('Q3 score origin');
    expect(scoreOriginCell({ levelId: 'met', origin: 'teacher' })).toBe('Teacher');
    expect(scoreOriginCell({ levelId: 'met', origin: 'suggested-accepted' })).toBe('Suggested, accepted');
    expect(scoreOriginCell({ levelId: null, origin: null })).toBe('');
  });
});
