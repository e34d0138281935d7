/** One line of the printed summary. */
export interface TableRow {
  readonly metric: string;
  readonly value: number;
  readonly unit: string;
  /** The static-file baseline of the same measurement, when there is one. */
  readonly baseline?: number | undefined;
}

function format(value: number, unit: string): string {
  if (unit === 'bytes') return value.toLocaleString('en');
  if (unit === 'req/s') return value.toLocaleString('en', { maximumFractionDigits: 0 });
  return value.toLocaleString('en', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

/**
 * Renders rows as an aligned text table. The ratio column says how far the server is from the floor:
 * for latencies server ÷ baseline (lower is better), for throughput baseline ÷ server.
 */
export function renderTable(rows: readonly TableRow[]): string {
  const cells = [
    ['metric', 'value', 'unit', 'static baseline', 'ratio'],
    ...rows.map((row) => {
      const ratio =
        row.baseline === undefined
          ? ''
          : `${(row.unit === 'req/s' ? row.baseline / row.value : row.value / row.baseline).toFixed(1)}×`;
      return [
        row.metric,
        format(row.value, row.unit),
        row.unit,
        row.baseline === undefined ? '' : format(row.baseline, row.unit),
        ratio,
      ];
    }),
  ];
  const widths = cells[0]!.map((_, column) => Math.max(...cells.map((line) => line[column]!.length)));
  const numeric = new Set([1, 3, 4]);
  const lines = cells.map((line) =>
    line
      .map((cell, column) =>
        numeric.has(column) ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!),
      )
      .join('  ')
      .trimEnd(),
  );
  lines.splice(1, 0, widths.map((width) => '─'.repeat(width)).join('  '));
  return lines.join('\n');
}
