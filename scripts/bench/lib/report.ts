// The printed table and the budget verdict. KB are 1024 bytes, shown to one decimal.
import { sum, type PageWeight } from './measure';

export type Measured = { label: string; path: string; target: 'app' | 'bare'; weight: PageWeight; gated: boolean };

export const kb = (bytes: number): string => (bytes / 1024).toFixed(1);
const signedKb = (bytes: number): string => `${bytes >= 0 ? '+' : ''}${kb(bytes)}`;

/** A plain-text table: the first row is the header. */
export function table(rows: string[][], rightAligned: boolean[]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) =>
    r.map((cell, i) => (rightAligned[i] ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!))).join(' | ');
  return [line(rows[0]!), widths.map((w) => '-'.repeat(w)).join('-|-'), ...rows.slice(1).map(line)].join('\n');
}

export function formatTable(pages: Measured[], floorJs: number): string {
  const header = ['page', 'HTML gz KB', 'JS gz KB', 'inline JS gz KB', 'CSS gz KB', 'JS over bare floor (KB)'];
  const rows = pages.map(({ label, path, target, weight: w }) => [
    `${label} ${path}`,
    kb(w.html.gz),
    kb(sum(w.scripts)),
    kb(w.inline.gz),
    kb(sum(w.styles)),
    target === 'bare' ? '(floor)' : signedKb(sum(w.scripts) - floorJs),
  ]);
  return table([header, ...rows], [false, true, true, true, true, true]);
}

/** One PASS/FAIL line per app page; returns whether every gated page is within budget. */
export function formatVerdict(pages: Measured[], floorJs: number, budgetKb: number): { text: string; ok: boolean } {
  let ok = true;
  const lines = pages
    .filter((p) => p.target === 'app')
    .map(({ label, path, weight, gated }) => {
      const over = sum(weight.scripts) - floorJs;
      const pass = over <= budgetKb * 1024;
      if (gated && !pass) ok = false;
      const note = gated ? '' : '  (informational; the gate is on lesson pages)';
      // Bytes too, so a FAIL at "10.0 KB" is not a puzzle: the comparison is on bytes, not on the rounding.
      return `${pass ? 'PASS' : 'FAIL'}  ${label} ${path}: ${signedKb(over)} KB (${over} B) of JS over the floor, budget ${kb(budgetKb * 1024)} KB${note}`;
    });
  return { text: lines.join('\n'), ok };
}
