import type { ReactNode } from 'react';

// Tables: a region that may scroll sideways on a phone, and the cells every list table shares.

/**
 * Focusable, so the keyboard can scroll it too, and named (a label or the caption's id), so a
 * screen reader says what it is. `relative`, so the screen-reader-only text in its cells (absolutely
 * positioned) scrolls with it instead of widening the whole page.
 */
export function TableRegion({
  label,
  labelledBy,
  isGrid = false,
  children,
}: {
  label?: string;
  labelledBy?: string;
  isGrid?: boolean;
  children: ReactNode;
}) {
  return (
    <div
      // A data grid's row rules run to its edges, where rounded corners would clip them.
      className={`relative overflow-x-auto ${isGrid ? '' : 'rounded '}focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700 dark:focus-visible:outline-blue-300`}
      tabIndex={0}
      role="region"
      aria-label={label}
      aria-labelledby={labelledBy}
    >
      {children}
    </div>
  );
}

export const cell = 'border-b border-stone-200 px-2 py-2 align-top sm:px-3 dark:border-stone-800';

export const numberCell = `${cell} text-right tabular-nums`;

export const headCell = `${cell} text-sm font-semibold text-stone-700 dark:text-stone-300`;

/** The data grids (gradebook, statistics, mastery): a heavier rule under the head row, compact cells. */
export const gridHeadRow = 'border-b border-stone-400 dark:border-stone-600';
