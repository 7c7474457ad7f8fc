// Shared class lists, so every control in the player has the same size, focus ring and contrast.

const base =
  'inline-flex min-h-11 min-w-11 items-center justify-center gap-2 rounded-lg px-4 py-2 font-semibold focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700 disabled:cursor-not-allowed disabled:opacity-60 aria-disabled:cursor-not-allowed aria-disabled:opacity-60 dark:focus-visible:outline-blue-300';

export const primaryButton = `${base} bg-blue-700 text-white hover:bg-blue-800 dark:bg-blue-300 dark:text-stone-950 dark:hover:bg-blue-200`;

export const secondaryButton = `${base} border border-stone-500 bg-white text-stone-900 hover:bg-stone-100 dark:border-stone-400 dark:bg-stone-900 dark:text-stone-100 dark:hover:bg-stone-800`;

export const linkClass =
  'rounded text-blue-700 underline underline-offset-4 hover:text-blue-900 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700 dark:text-blue-300 dark:hover:text-blue-200 dark:focus-visible:outline-blue-300';

/** A whole-row label around a radio or checkbox: the full row is the target, at least 44px high. */
export const choiceRow =
  'group flex min-h-11 cursor-pointer items-start gap-3 rounded-lg border border-stone-300 px-3 py-2.5 leading-snug hover:bg-stone-50 has-checked:border-blue-700 has-checked:bg-blue-50 has-disabled:cursor-default has-disabled:hover:bg-transparent dark:border-stone-700 dark:hover:bg-stone-900 dark:has-checked:border-blue-300 dark:has-checked:bg-blue-950';

export const choiceInput =
  'mt-0.5 size-5 shrink-0 accent-blue-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700 dark:accent-blue-300 dark:focus-visible:outline-blue-300';

export const legendClass = 'mb-3 text-lg font-semibold leading-snug';

export const textInput =
  'min-h-11 w-full rounded-lg border border-stone-500 bg-white px-3 py-2 text-stone-900 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700 disabled:bg-stone-100 dark:border-stone-400 dark:bg-stone-900 dark:text-stone-100 dark:focus-visible:outline-blue-300 dark:disabled:bg-stone-800';

/** Shown in a locked, chosen row: disabled controls are drawn faintly, so the choice is also said in words. */
export const chosenTag =
  'ml-auto hidden shrink-0 self-center rounded bg-blue-100 px-2 py-0.5 text-xs font-semibold text-blue-900 group-has-[:checked:disabled]:inline dark:bg-blue-900 dark:text-blue-100';
