import { describe, expect, it } from 'vitest';
import { FeedbackValueSchema } from '@/lib/schemas/review';
import { FeedbackValueWithOriginSchema, migrateFeedbackValueV1, originOfEdit } from './score-origin';

describe('FeedbackValueWithOriginSchema', () => {
  it('accepts a score with its origin, and no score without one', () => {
    expect(FeedbackValueWithOriginSchema.safeParse({ levelId: 'met', comment: '', origin: 'teacher' }).success).toBe(
      true,
    );
    const accepted = { levelId: 'partly', comment: 'Good start.', origin: 'suggested-accepted' };
    expect(FeedbackValueWithOriginSchema.safeParse(accepted).success).toBe(true);
    expect(FeedbackValueWithOriginSchema.safeParse({ levelId: null, comment: 'Hi', origin: null }).success).toBe(true);
  });

  it('rejects a score without an origin, an origin without a score, and unknown origins or fields', () => {
    const bad = [
      { levelId: 'met', comment: '', origin: null },
      { levelId: null, comment: '', origin: 'teacher' },
      { levelId: 'met', comment: '', origin: 'guessed' },
      { levelId: 'met', comment: '', origin: 'teacher', extra: 1 },
    ];
    for (const value of bad) expect(FeedbackValueWithOriginSchema.safeParse(value).success).toBe(false);
  });
});

describe('migrations from version 1', () => {
  it("turns every saved score into the teacher's own, and keeps the comment", () => {
    const v1 = FeedbackValueSchema.parse({ levelId: 'met', comment: 'Well found.' });
    const migrated = migrateFeedbackValueV1(v1);
    expect(migrated).toEqual({ levelId: 'met', comment: 'Well found.', origin: 'teacher' });
    expect(FeedbackValueWithOriginSchema.parse(migrated)).toEqual(migrated);
    expect(migrateFeedbackValueV1({ levelId: null, comment: '' })).toEqual({
      levelId: null,
      comment: '',
      origin: null,
    });
  });

  it("reads a journal edit's level without an origin as the teacher's, and keeps a given origin", () => {
    expect(originOfEdit({ levelId: 'met' })).toBe('teacher');
    expect(originOfEdit({ levelId: 'met', origin: 'suggested-accepted' })).toBe('suggested-accepted');
    expect(originOfEdit({ levelId: null, origin: 'teacher' })).toBeNull();
    expect(originOfEdit({})).toBeNull();
  });
});
