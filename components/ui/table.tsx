export { TableRegion } from './table-region';

// Tables: a region that may scroll sideways on a phone, and the cells every list table shares.

export const cell = 'border-b border-stone-200 px-2 py-2 align-top sm:px-3 dark:border-stone-800';

export const numberCell = `${cell} text-right tabular-nums`;

export const headCell = `${cell} text-sm font-semibold text-stone-700 dark:text-stone-300`;

/** The data grids (gradebook, statistics, mastery): a heavier rule under the head row, compact cells. */
export const gridHeadRow = 'border-b border-stone-400 dark:border-stone-600';

/**
 * The cell that names its row (a student, an objective), kept in view while the rest of the row
 * scrolls sideways under it: on the page's background, with a shadow at its edge.
 */
export const stickyRowHead =
  'sticky left-0 z-10 bg-white shadow-[4px_0_4px_-2px_rgb(28_25_23/0.25)] dark:bg-stone-950 dark:shadow-[4px_0_4px_-2px_rgb(0_0_0/0.8)]';
