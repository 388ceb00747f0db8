/**
 * The presentation's keyboard shortcuts: one table drives the key handler of both windows and the
 * "?" dialog, and keys.test.ts checks the README's table against it row by row, so they cannot
 * disagree. Presentation clickers send Page Up and Page Down (some send "." or B for a black
 * screen), so those are mapped too.
 */
import type { DeckAction } from './deck-state';

export type DeckIntent = DeckAction | { type: 'fullscreen' } | { type: 'help' };

type Shortcut = { keys: string[]; labels: string[]; does: string; intent: DeckIntent };

export const SHORTCUTS: readonly Shortcut[] = [
  {
    keys: ['ArrowRight', ' ', 'PageDown', 'ArrowDown', 'n'],
    labels: ['→', 'Space', 'Page Down', '↓', 'N'],
    does: 'Next slide',
    intent: { type: 'next' },
  },
  {
    keys: ['ArrowLeft', 'PageUp', 'ArrowUp', 'p', 'Backspace'],
    // Shift + Space is handled in keyIntent: Space alone means "next".
    labels: ['←', 'Shift + Space', 'Page Up', '↑', 'P', 'Backspace'],
    does: 'Previous slide',
    intent: { type: 'previous' },
  },
  { keys: ['Home'], labels: ['Home'], does: 'First slide', intent: { type: 'first' } },
  { keys: ['End'], labels: ['End'], does: 'Last slide', intent: { type: 'last' } },
  {
    keys: ['k'],
    labels: ['K'],
    does: 'Show or hide the key points (and the answers)',
    intent: { type: 'toggle-reveal' },
  },
  {
    keys: ['e'],
    labels: ['E'],
    does: 'Show or hide the evidence marks in the report text',
    intent: { type: 'toggle-evidence' },
  },
  {
    keys: ['b', '.'],
    labels: ['B', '.'],
    does: 'Blank the screen; any navigation key or B brings it back',
    intent: { type: 'toggle-blank' },
  },
  { keys: ['f'], labels: ['F'], does: 'Full screen on or off', intent: { type: 'fullscreen' } },
  { keys: ['?'], labels: ['?'], does: 'List these shortcuts', intent: { type: 'help' } },
];

export type KeyPress = { key: string; shiftKey: boolean; ctrlKey: boolean; metaKey: boolean; altKey: boolean };

/** What a key press asks for, or null for keys the deck leaves alone (browser shortcuts included). */
export function keyIntent(press: KeyPress): DeckIntent | null {
  if (press.ctrlKey || press.metaKey || press.altKey) return null;
  if (press.key === ' ' && press.shiftKey) return { type: 'previous' };
  const key = press.key.length === 1 ? press.key.toLowerCase() : press.key;
  return SHORTCUTS.find((s) => s.keys.includes(key))?.intent ?? null;
}
