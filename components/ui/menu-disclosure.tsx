'use client';

import { useId, useRef, useState, type ReactNode } from 'react';

export const menuItemClass =
  'block min-h-11 w-full rounded px-3 py-2 text-left hover:bg-stone-100 focus-visible:outline-2 dark:hover:bg-stone-800';

/**
 * A button that shows and hides a short list of links under it (the header's menus). Escape closes
 * it and gives focus back to the button. `children` are the list's items (`<li>`).
 */
export function MenuDisclosure({
  label,
  title,
  buttonClassName = '',
  children,
}: {
  label: ReactNode;
  title?: string;
  buttonClassName?: string;
  children: ReactNode;
}) {
  const [isOpen, setIsOpen] = useState(false);
  const menuId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  return (
    <div
      className="relative"
      onKeyDown={(event) => {
        if (event.key === 'Escape' && isOpen) {
          setIsOpen(false);
          buttonRef.current?.focus();
        }
      }}
    >
      <button
        ref={buttonRef}
        type="button"
        aria-expanded={isOpen}
        aria-controls={menuId}
        onClick={() => setIsOpen((open) => !open)}
        title={title}
        className={`inline-flex min-h-11 max-w-full items-center rounded font-semibold underline-offset-4 hover:underline focus-visible:outline-2 focus-visible:outline-offset-2 sm:min-h-6 ${buttonClassName}`}
      >
        {label}
        <span aria-hidden="true" className="shrink-0">
          &nbsp;▾
        </span>
      </button>
      <ul
        id={menuId}
        hidden={!isOpen}
        className="absolute right-0 z-50 mt-2 w-48 rounded-lg border border-stone-300 bg-white p-1 shadow-lg dark:border-stone-700 dark:bg-stone-900"
      >
        {children}
      </ul>
    </div>
  );
}
