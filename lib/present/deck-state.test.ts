import { describe, expect, it } from 'vitest';
import { INITIAL_DECK_STATE, deckReducer, type DeckAction, type DeckState } from './deck-state';

const slides = [{ revealable: false }, { revealable: true }, { revealable: false }];
const run = (state: DeckState, ...actions: DeckAction[]) => actions.reduce((s, a) => deckReducer(s, a, slides), state);

describe('deckReducer', () => {
  it('moves within the deck and stops at both ends', () => {
    expect(run(INITIAL_DECK_STATE, { type: 'previous' }).index).toBe(0);
    expect(run(INITIAL_DECK_STATE, { type: 'next' }, { type: 'next' }, { type: 'next' }).index).toBe(2);
    expect(run(INITIAL_DECK_STATE, { type: 'last' }).index).toBe(2);
    expect(run(INITIAL_DECK_STATE, { type: 'last' }, { type: 'first' }).index).toBe(0);
    expect(run(INITIAL_DECK_STATE, { type: 'go', index: 7 }).index).toBe(2);
  });

  it('reveals only where there is something to reveal, and hides it again on leaving', () => {
    expect(run(INITIAL_DECK_STATE, { type: 'toggle-reveal' }).revealed).toBe(false);
    const revealed = run(INITIAL_DECK_STATE, { type: 'next' }, { type: 'toggle-reveal' });
    expect(revealed).toMatchObject({ index: 1, revealed: true });
    expect(run(revealed, { type: 'toggle-reveal' }).revealed).toBe(false);
    expect(run(revealed, { type: 'next' }, { type: 'previous' }).revealed).toBe(false);
  });

  it('keeps the evidence marks on across slides until turned off', () => {
    const on = run(INITIAL_DECK_STATE, { type: 'toggle-evidence' }, { type: 'next' }, { type: 'next' });
    expect(on.evidence).toBe(true);
    expect(run(on, { type: 'toggle-evidence' }).evidence).toBe(false);
  });

  it('brings a blanked screen back with a navigation key without moving', () => {
    const blank = run(INITIAL_DECK_STATE, { type: 'next' }, { type: 'toggle-blank' });
    expect(blank).toMatchObject({ index: 1, blank: true });
    for (const type of ['next', 'previous', 'first', 'last'] as const)
      expect(run(blank, { type })).toMatchObject({ index: 1, blank: false });
    expect(run(blank, { type: 'toggle-blank' }).blank).toBe(false);
    expect(run(blank, { type: 'go', index: 2 })).toMatchObject({ index: 2, blank: false });
  });

  it('returns the same state object when nothing changes', () => {
    expect(deckReducer(INITIAL_DECK_STATE, { type: 'previous' }, slides)).toBe(INITIAL_DECK_STATE);
  });
});
