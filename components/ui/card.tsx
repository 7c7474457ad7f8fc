import type { ComponentProps } from 'react';

/** A bordered panel for one concern on a page (a dashboard's sections, a class's roster). */
export function Card({ className = '', ...props }: ComponentProps<'section'>) {
  return (
    <section
      className={`space-y-4 rounded-xl border border-stone-200 p-4 sm:p-5 dark:border-stone-800 ${className}`.trim()}
      {...props}
    />
  );
}
