'use client';

import { signOut } from '@/components/auth/auth-client';
import { can } from '@/lib/auth/roles';
import { MenuDisclosure, menuItemClass } from './menu-disclosure';

export type Me = { name: string; role: 'student' | 'teacher' } | null;

/** A link the header shows in its row on a wider screen and, on a phone, inside a menu. */
export type HeaderLink = { href: string; label: string };

/**
 * Who is signed in, rendered with the page (app/layout.tsx reads the session on every request), so
 * a signed-in reader never sees "Sign in" flash and change to their name, and the page asks nothing
 * more of the server once it loads. A disclosure button opens a short menu: on a phone first the
 * header's own links (which do not fit in its row there), then the dashboard, classes (and
 * teaching, for teachers) and Sign out. Escape closes it.
 */
export function AccountMenu({ me, phoneLinks }: { me: Me; phoneLinks: HeaderLink[] }) {
  if (!me) {
    return (
      <a
        href="/sign-in"
        className="inline-flex min-h-11 items-center whitespace-nowrap rounded underline-offset-4 hover:underline focus-visible:outline-2 focus-visible:outline-offset-2 sm:min-h-6"
      >
        Sign in
      </a>
    );
  }
  return (
    <MenuDisclosure
      title={me.name}
      label={
        <>
          {/* A long name is cut short rather than pushing the header past a phone's width; the title has it whole. */}
          <span className="min-w-0 max-w-[7.5rem] truncate sm:max-w-[16rem]">{me.name}</span>
          <span className="sr-only"> (signed in{me.role === 'teacher' ? ' as a teacher' : ''}): account menu</span>
        </>
      }
    >
      {phoneLinks.map((link) => (
        <li key={link.href} className="sm:hidden">
          <a href={link.href} className={menuItemClass}>
            {link.label}
          </a>
        </li>
      ))}
      {/* A rule between the header's links and the account's own, on a phone only. */}
      <li
        className={
          phoneLinks.length > 0
            ? 'mt-1 border-t border-stone-200 pt-1 sm:mt-0 sm:border-0 sm:pt-0 dark:border-stone-700'
            : ''
        }
      >
        <a href="/dashboard" className={menuItemClass}>
          My dashboard
        </a>
      </li>
      <li>
        <a href="/classes" className={menuItemClass}>
          My classes
        </a>
      </li>
      {can(me, 'class.read') && (
        <li>
          <a href="/teach" className={menuItemClass}>
            Teaching
          </a>
        </li>
      )}
      <li>
        <button
          type="button"
          className={menuItemClass}
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
    </MenuDisclosure>
  );
}
