// The benchmark's one table, in Markdown so that it can go into the README as printed.

export interface Row {
  scenario: string;
  measure: string;
  figure: string;
  /** The goal and whether the figure meets it; absent for figures kept for information. */
  goal?: { text: string; met: boolean };
}

export function renderTable(rows: readonly Row[]): string {
  const lines = ['| Scenario | Measure | Figure | Goal |', '| --- | --- | --- | --- |'];
  let previous = '';
  for (const row of rows) {
    const scenario = row.scenario === previous ? '' : row.scenario;
    previous = row.scenario;
    const goal = row.goal ? `${row.goal.text}: **${row.goal.met ? 'met' : 'missed'}**` : '';
    lines.push(`| ${[scenario, row.measure, row.figure, goal].map((cell) => cell.replace(/\|/g, '\\|')).join(' | ')} |`);
  }
  return lines.join('\n');
}

export function ms(value: number): string {
  if (!Number.isFinite(value)) return 'n/a';
  return value >= 10_000 ? `${(value / 1000).toFixed(1)} s` : value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${Math.round(value)} ms`;
}

export function mb(value: number): string {
  return Number.isFinite(value) ? `${Math.round(value)} MB` : 'n/a';
}

export function ratio(value: number): string {
  return Number.isFinite(value) ? `${value >= 10 ? Math.round(value) : value.toFixed(1)}x` : 'n/a';
}

export function count(value: number): string {
  return value.toLocaleString('en-US');
}
