// What every labelled form control shares: its look, and an error below it that is tied to it for
// screen readers (aria-describedby names `${name}-error`).

export const fieldControl =
  'block min-h-11 w-full rounded-lg border border-stone-500 bg-white px-3 text-base aria-invalid:border-red-700 dark:border-stone-400 dark:bg-stone-900 dark:aria-invalid:border-red-400';

/** A bare answer box (a quiz's blanks and matches), with its own focus ring and a locked look. */
export const answerInput =
  'min-h-11 w-full rounded-lg border border-stone-500 bg-white px-3 py-2 text-stone-900 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700 disabled:bg-stone-100 dark:border-stone-400 dark:bg-stone-900 dark:text-stone-100 dark:focus-visible:outline-blue-300 dark:disabled:bg-stone-800';

export const fieldLabel = 'block font-semibold';

export const fieldHint = 'text-sm text-stone-600 dark:text-stone-400';

export function FieldError({ id, error }: { id: string; error?: string }) {
  if (!error) return null;
  return (
    <p id={id} className="text-sm font-semibold text-red-700 dark:text-red-300">
      <span aria-hidden="true">⚠ </span>
      {error}
    </p>
  );
}

/** The ids a control is described by: its hint, then its error, only those that are shown. */
export function describedBy(ids: { hintId?: string; errorId?: string }): string | undefined {
  return [ids.hintId ?? '', ids.errorId ?? ''].filter(Boolean).join(' ') || undefined;
}
