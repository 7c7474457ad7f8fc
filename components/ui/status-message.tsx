import type { ReactNode } from 'react';

// How a result or an error is announced: results politely (role="status"), errors at once
// (role="alert"). Both stay in the page while empty, because a live region that appears together
// with its text is not announced by every screen reader.

type Props = { children?: ReactNode; className?: string; as?: 'p' | 'span' | 'div' };

export const statusText = 'text-sm font-semibold text-stone-800 dark:text-stone-200';

export const errorText = 'font-semibold text-red-700 dark:text-red-300';

export function StatusMessage({ children, className = statusText, as: Tag = 'p' }: Props) {
  return (
    <Tag role="status" aria-live="polite" className={className}>
      {children}
    </Tag>
  );
}

export function ErrorMessage({ children, className = errorText, as: Tag = 'p' }: Props) {
  return (
    <Tag role="alert" className={className}>
      {children}
    </Tag>
  );
}

/** A form's own error (not one field's): boxed, above the fields, hidden while empty. */
export function FormError({ children }: { children?: ReactNode }) {
  return (
    <ErrorMessage
      as="div"
      className="empty:hidden rounded-lg border border-red-700 p-3 font-semibold text-red-700 dark:border-red-300 dark:text-red-300"
    >
      {children}
    </ErrorMessage>
  );
}
