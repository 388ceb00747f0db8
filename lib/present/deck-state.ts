/**
 * The state both windows of a presentation share, and how each key or button changes it.
 *
 * Rules: moving to another slide hides its key points again; while the screen is blank, a
 * navigation key only brings the slide back (so a teacher who blanked the screen does not lose
 * their place); "show the evidence" stays on until turned off.
 */
export type DeckState = { index: number; revealed: boolean; evidence: boolean; blank: boolean };

export type DeckAction =
  | { type: 'next' }
  | { type: 'previous' }
  | { type: 'first' }
  | { type: 'last' }
  | { type: 'go'; index: number }
  | { type: 'toggle-reveal' }
  | { type: 'toggle-evidence' }
  | { type: 'toggle-blank' };

export const INITIAL_DECK_STATE: DeckState = { index: 0, revealed: false, evidence: false, blank: false };

function moveTo(state: DeckState, index: number, count: number): DeckState {
  const clamped = Math.min(Math.max(index, 0), Math.max(count - 1, 0));
  if (clamped === state.index) return state.blank ? { ...state, blank: false } : state;
  return { ...state, index: clamped, revealed: false, blank: false };
}

export function deckReducer(
  state: DeckState,
  action: DeckAction,
  slides: readonly { revealable: boolean }[],
): DeckState {
  const count = slides.length;
  const navigation =
    action.type === 'next' || action.type === 'previous' || action.type === 'first' || action.type === 'last';
  if (navigation && state.blank) return { ...state, blank: false };
  switch (action.type) {
    case 'next':
      return moveTo(state, state.index + 1, count);
    case 'previous':
      return moveTo(state, state.index - 1, count);
    case 'first':
      return moveTo(state, 0, count);
    case 'last':
      return moveTo(state, count - 1, count);
    case 'go':
      return moveTo(state, action.index, count);
    case 'toggle-reveal':
      return slides[state.index]?.revealable ? { ...state, revealed: !state.revealed } : state;
    case 'toggle-evidence':
      return { ...state, evidence: !state.evidence };
    case 'toggle-blank':
      return { ...state, blank: !state.blank };
  }
}
