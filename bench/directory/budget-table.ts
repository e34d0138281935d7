/** One line of the directory's printed summary: a figure beside its budget from DESIGN.md. */
export interface BudgetRow {
  readonly metric: string;
  readonly value: number;
  readonly unit: string;
  /** The most the figure may be (`undefined`: shown for context, no budget). */
  readonly budget?: number | undefined;
  /** What the budget says when it is not simply "≤ budget", e.g. "16 ms once data is there". */
  readonly note?: string | undefined;
}

function format(value: number, unit: string): string {
  if (unit === 'bytes' || unit === 'nodes') return value.toLocaleString('en', { maximumFractionDigits: 0 });
  if (unit === '×') return value.toLocaleString('en', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  return value.toLocaleString('en', { minimumFractionDigits: 1, maximumFractionDigits: 3 });
}

/** Renders the rows as an aligned table; the last column says whether each figure is within budget. */
export function renderBudgetTable(rows: readonly BudgetRow[]): string {
  const cells = [
    ['metric', 'value', 'unit', 'budget', 'status'],
    ...rows.map((row) => [
      row.metric,
      format(row.value, row.unit),
      row.unit,
      row.budget === undefined ? '' : `≤ ${format(row.budget, row.unit)}`,
      (row.budget === undefined ? '' : row.value <= row.budget ? 'ok' : 'OVER') +
        (row.note ? `${row.budget === undefined ? '' : ' '}(${row.note})` : ''),
    ]),
  ];
  const widths = cells[0]!.map((_, column) => Math.max(...cells.map((line) => line[column]!.length)));
  const numeric = new Set([1, 3]);
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
