import { describe, expect, it } from 'vitest';
import { NEW_STOPWATCH, elapsedMs, formatElapsed, pauseStopwatch, resetStopwatch, startStopwatch } from './elapsed';

describe('the presenter clock', () => {
  it('counts while running, holds while paused, and resumes from where it was', () => {
    let sw = startStopwatch(NEW_STOPWATCH, 1_000);
    expect(elapsedMs(sw, 61_000)).toBe(60_000);
    sw = pauseStopwatch(sw, 61_000);
    expect(elapsedMs(sw, 500_000)).toBe(60_000);
    sw = startStopwatch(sw, 500_000);
    expect(elapsedMs(sw, 505_000)).toBe(65_000);
  });

  it('resets to zero and keeps running or paused as it was', () => {
    const running = resetStopwatch(startStopwatch(NEW_STOPWATCH, 0), 10_000);
    expect(elapsedMs(running, 12_000)).toBe(2_000);
    const paused = resetStopwatch(pauseStopwatch(startStopwatch(NEW_STOPWATCH, 0), 5_000), 10_000);
    expect(elapsedMs(paused, 99_000)).toBe(0);
  });

  it('formats minutes and seconds, and hours past an hour', () => {
    expect(formatElapsed(0)).toBe('0:00');
    expect(formatElapsed(65_400)).toBe('1:05');
    expect(formatElapsed(3_729_000)).toBe('1:02:09');
  });
});
