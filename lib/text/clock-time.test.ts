import { describe, expect, it } from 'vitest';
import { clockTime } from './clock-time';

describe('clockTime', () => {
  it('says the hour and minute as the browser would', () => {
    const at = '2026-11-01T10:05:00.000Z';
    expect(clockTime(at)).toBe(new Date(at).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' }));
  });
});
