/** The bench's one table: each figure beside the baseline it was measured against in the same run. */
export type Row = {
  figure: string;
  value: string;
  baseline?: string;
  ratio?: number;
  /** The figure as a number, when `value` is worded (checked against the target when there is no ratio). */
  amount?: number;
  /** The most the ratio (or, without a baseline, the value) may be. */
  target?: number;
};

const pad = (text: string, width: number) => text + ' '.repeat(Math.max(0, width - text.length));

export function formatTable(rows: readonly Row[]): string {
  const cells = rows.map((r) => [
    r.figure,
    r.value,
    r.baseline ?? '',
    r.ratio === undefined ? '' : `${r.ratio.toFixed(2)}x`,
    r.target === undefined ? '' : `≤ ${r.target}${r.ratio === undefined ? '' : 'x'}`,
    r.target === undefined ? '' : (r.ratio ?? r.amount ?? Number.parseFloat(r.value)) <= r.target ? 'ok' : 'OVER',
  ]);
  const head = ['Figure', 'Value', 'Baseline (same run)', 'Ratio', 'Target', ''];
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: string[]) =>
    c
      .map((x, i) => pad(x, widths[i]!))
      .join('  ')
      .trimEnd();
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.map(line)].join('\n');
}

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
export const ms = (value: number) => `${Math.round(value)} ms`;

/** The Long Tasks API reports only tasks of 50 ms or more: none seen is "under 50 ms", not 0. */
export const longestTask = (value: number) => (value === 0 ? 'none ≥ 50 ms' : ms(value));
