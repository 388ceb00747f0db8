/** ISO date-times may carry different offsets, so they are compared as instants, not as strings. */
export function compareInstants(a: string, b: string): number {
  return Date.parse(a) - Date.parse(b);
}
