'use client';

import { useId, useRef, useState } from 'react';
import { signOut } from '@/components/auth/auth-client';
import { can } from '@/lib/auth/roles';

export type Me = { name: string; role: 'student' | 'teacher' } | null;

const itemClass =
  'block min-h-11 w-full rounded px-3 py-2 text-left hover:bg-stone-100 focus-visible:outline-2 dark:hover:bg-stone-800';

/**
 * Who is signed in, rendered with the page (app/layout.tsx reads the session on every request), so
 * a signed-in reader never sees "Sign in" flash and change to their name, and the page asks nothing
 * more of the server once it loads. A disclosure button opens a short menu: the dashboard, classes
 * (and teaching, for teachers) and Sign out. Escape closes it.
 */
export function AccountMenu({ me }: { me: Me }) {
  const [isOpen, setIsOpen] = useState(false);
  const menuId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);

  if (!me) {
    return (
      <a
        href="/sign-in"
        className="rounded underline-offset-4 hover:underline focus-visible:outline-2 focus-visible:outline-offset-2"
      >
        Sign in
      </a>
    );
  }
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
        title={me.name}
        className="inline-flex min-h-6 items-center rounded font-semibold underline-offset-4 hover:underline focus-visible:outline-2 focus-visible:outline-offset-2"
      >
        {/* A long name is cut short rather than pushing the header past a phone's width; the title has it whole. */}
        <span className="max-w-[7.5rem] truncate sm:max-w-[16rem]">{me.name}</span>
        <span className="sr-only"> (signed in{me.role === 'teacher' ? ' as a teacher' : ''}): account menu</span>
        <span aria-hidden="true"> ▾</span>
      </button>
      <ul
        id={menuId}
        hidden={!isOpen}
        className="absolute right-0 mt-2 w-48 rounded-lg border border-stone-300 bg-white p-1 shadow-lg dark:border-stone-700 dark:bg-stone-900"
      >
        <li>
          <a href="/dashboard" className={itemClass}>
            My dashboard
          </a>
        </li>
        <li>
          <a href="/classes" className={itemClass}>
            My classes
          </a>
        </li>
        {can(me, 'class.read') && (
          <li>
            <a href="/teach" className={itemClass}>
              Teaching
            </a>
          </li>
        )}
        <li>
          <button
            type="button"
            className={itemClass}
            onClick={async () => {
              await signOut();
              // A full load, so no page keeps showing what belonged to the signed-in account.
              // eslint-disable-next-line @next/next/no-location-assign-relative-destination
              window.location.assign('/');
            }}
          >
            Sign out
          </button>
        </li>
      </ul>
    </div>
  );
}
