import { describe, expect, it } from 'vitest';
import { changedFieldOnly } from './feedback';

describe('changedFieldOnly', () => {
  // The form still shows the empty comment it opened with; another tab has since typed one.
  const form = { levelId: 'met', comment: '' };
  const current = { levelId: '', comment: 'Typed in another tab.' };

  it('a score clicked keeps the comment as it is now, not the form’s stale copy', () => {
    expect(changedFieldOnly(form, current, 'levelId')).toEqual({ levelId: 'met', comment: 'Typed in another tab.' });
  });

  it('a comment typed keeps the score as it is now', () => {
    expect(changedFieldOnly({ levelId: '', comment: 'Mine.' }, { levelId: 'met', comment: '' }, 'comment')).toEqual({
      levelId: 'met',
      comment: 'Mine.',
    });
  });

  it('a change that names no field reports the whole form', () => {
    expect(changedFieldOnly(form, current, undefined)).toEqual(form);
  });
});
