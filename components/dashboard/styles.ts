// Shared class lists for the dashboard's cards and tables.

export const card = 'space-y-4 rounded-xl border border-stone-200 p-4 sm:p-5 dark:border-stone-800';

/**
 * A table that may scroll sideways on a phone: focusable, so the keyboard can scroll it too.
 * `relative`, so the screen-reader-only text in its cells (absolutely positioned) scrolls with it
 * instead of widening the whole page.
 */
export const scrollRegion = 'relative overflow-x-auto rounded focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700 dark:focus-visible:outline-blue-300';

export const cell = 'border-b border-stone-200 px-2 py-2 align-top sm:px-3 dark:border-stone-800';

export const numberCell = `${cell} text-right tabular-nums`;

export const headCell = `${cell} text-sm font-semibold text-stone-700 dark:text-stone-300`;
