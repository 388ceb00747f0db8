import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SHORTCUTS, keyIntent } from './keys';

const press = (
  key: string,
  mods: Partial<{ shiftKey: boolean; ctrlKey: boolean; metaKey: boolean; altKey: boolean }> = {},
) => keyIntent({ key, shiftKey: false, ctrlKey: false, metaKey: false, altKey: false, ...mods });

describe('keyIntent', () => {
  it('maps the keys of the issue and of presentation clickers', () => {
    for (const key of ['ArrowRight', ' ', 'PageDown']) expect(press(key)).toEqual({ type: 'next' });
    for (const key of ['ArrowLeft', 'PageUp']) expect(press(key)).toEqual({ type: 'previous' });
    expect(press('Home')).toEqual({ type: 'first' });
    expect(press('End')).toEqual({ type: 'last' });
    expect(press('f')).toEqual({ type: 'fullscreen' });
    expect(press('B')).toEqual({ type: 'toggle-blank' });
    expect(press('.')).toEqual({ type: 'toggle-blank' });
    expect(press('k')).toEqual({ type: 'toggle-reveal' });
    expect(press('E')).toEqual({ type: 'toggle-evidence' });
    expect(press('?', { shiftKey: true })).toEqual({ type: 'help' });
    expect(press(' ', { shiftKey: true })).toEqual({ type: 'previous' });
  });

  it('leaves browser shortcuts and other keys alone', () => {
    expect(press('f', { ctrlKey: true })).toBeNull();
    expect(press('ArrowRight', { altKey: true })).toBeNull();
    expect(press('r', { metaKey: true })).toBeNull();
    expect(press('x')).toBeNull();
    expect(press('Tab')).toBeNull();
    expect(press('Escape')).toBeNull();
  });

  it('lists every shortcut with a label and a description, each key once', () => {
    const keys = SHORTCUTS.flatMap((s) => s.keys);
    expect(new Set(keys).size).toBe(keys.length);
    SHORTCUTS.forEach((s) => {
      expect(s.labels.length).toBeGreaterThan(0);
      expect(s.does).not.toBe('');
    });
  });
});

describe('the README presenting section', () => {
  it('lists every shortcut the deck knows, with the same keys', () => {
    const guide = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    for (const s of SHORTCUTS) expect(guide).toContain(`| ${s.does} |`);
    for (const s of SHORTCUTS) expect(guide).toContain(`| ${s.labels.join(', ')} | ${s.does} |`);
  });
});
