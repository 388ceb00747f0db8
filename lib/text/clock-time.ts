/**
 * A time as hour and minute in the browser's locale ("14:05", "2:05 PM"), from one formatter for
 * the page: making a formatter loads the locale's data, which on a slow laptop took several frames
 * the first time the status said "Saved at", in the middle of typing, and some on every save after.
 */
let formatter: Intl.DateTimeFormat | undefined;

const clock = () => (formatter ??= new Intl.DateTimeFormat([], { hour: '2-digit', minute: '2-digit' }));

export const clockTime = (iso: string): string => clock().format(new Date(iso));

/** Makes the formatter when the browser is idle, before it is needed; returns the cancel function. */
export function prepareClockTime(): () => void {
  if (formatter) return () => {};
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(clock);
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(clock, 1000);
  return () => clearTimeout(id);
}
