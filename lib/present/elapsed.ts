/** The presenter's elapsed-time clock: a stopwatch that can pause, resume and reset. */
export type Stopwatch = { runningSince: number | null; banked: number };

export const NEW_STOPWATCH: Stopwatch = { runningSince: null, banked: 0 };

export function startStopwatch(sw: Stopwatch, now: number): Stopwatch {
  return sw.runningSince === null ? { ...sw, runningSince: now } : sw;
}

export function pauseStopwatch(sw: Stopwatch, now: number): Stopwatch {
  return sw.runningSince === null ? sw : { runningSince: null, banked: sw.banked + Math.max(0, now - sw.runningSince) };
}

export function resetStopwatch(sw: Stopwatch, now: number): Stopwatch {
  return { runningSince: sw.runningSince === null ? null : now, banked: 0 };
}

export function elapsedMs(sw: Stopwatch, now: number): number {
  return sw.banked + (sw.runningSince === null ? 0 : Math.max(0, now - sw.runningSince));
}

/** "4:05", or "1:02:09" past an hour. */
export function formatElapsed(ms: number): string {
  const total = Math.floor(ms / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}
