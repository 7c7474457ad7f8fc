// What every labelled form control shares: its look, and an error below it that is tied to it for
// screen readers (aria-describedby names `${name}-error`).

export const fieldControl =
  'block min-h-11 w-full rounded-lg border border-stone-500 bg-white px-3 text-base aria-invalid:border-red-700 dark:border-stone-400 dark:bg-stone-900 dark:aria-invalid:border-red-400';

export function FieldError({ id, error }: { id: string; error?: string }) {
  if (!error) return null;
  return (
    <p id={id} className="text-sm font-semibold text-red-700 dark:text-red-300">
      <span aria-hidden="true">⚠ </span>
      {error}
    </p>
  );
}
