// The quiz's choice rows: a radio or checkbox inside a whole-row label, and the tag a locked choice wears.

/** A whole-row label around a radio or checkbox: the full row is the target, at least 44px high. */
export const choiceRow =
  'group flex min-h-11 cursor-pointer items-start gap-3 rounded-lg border border-stone-300 px-3 py-2.5 leading-snug hover:bg-stone-50 has-checked:border-blue-700 has-checked:bg-blue-50 has-disabled:cursor-default has-disabled:hover:bg-transparent dark:border-stone-700 dark:hover:bg-stone-900 dark:has-checked:border-blue-300 dark:has-checked:bg-blue-950';

export const choiceInput =
  'mt-0.5 size-5 shrink-0 accent-blue-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700 dark:accent-blue-300 dark:focus-visible:outline-blue-300';

export const legendClass = 'mb-3 text-lg font-semibold leading-snug';

/** Shown in a locked, chosen row: disabled controls are drawn faintly, so the choice is also said in words. */
export const chosenTag =
  'ml-auto hidden shrink-0 self-center rounded bg-blue-100 px-2 py-0.5 text-xs font-semibold text-blue-900 group-has-[:checked:disabled]:inline dark:bg-blue-900 dark:text-blue-100';
