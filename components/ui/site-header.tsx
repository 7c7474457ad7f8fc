import Link from '@/components/ui/link';
import { getFeaturedCourse } from '@/lib/content/course';
import { can } from '@/lib/auth/roles';
import { AccountMenu, type HeaderLink, type Me } from './account-menu';
import { MenuDisclosure, menuItemClass } from './menu-disclosure';
import { AccountSlot } from './account-slot';
import { articleHref } from '@/lib/content/sentence-ref';
import { chromeWidth } from './wide-layout';

const linkClass =
  'inline-flex min-h-11 items-center whitespace-nowrap rounded underline-offset-4 hover:underline focus-visible:outline-2 focus-visible:outline-offset-2 sm:min-h-6';

/**
 * One row at every width. On a phone the row holds the name of the site, where this visitor works
 * and the account menu; the course, the article and progress move into that menu (a guest's own
 * "Menu"), so nothing wraps under the name or pushes the page sideways, down to 320 px.
 *
 * `me` undefined: the page is prerendered, the same for everyone (components/ui/page-chrome.tsx), so
 * the header is a guest's (with the guest's Menu on a phone) and the account corner asks the
 * browser who is signed in (account-slot.tsx).
 */
export function SiteHeader({ me }: { me: Me | undefined }) {
  const course = getFeaturedCourse();
  const isTeacher = me != null && can(me, 'class.read');
  const links: HeaderLink[] = [
    { href: `/courses/${course.id}`, label: 'Course' },
    { href: articleHref(course.article), label: 'Article' },
    // A teacher's own self-study progress stays in the account menu ("My dashboard").
    ...(isTeacher ? [] : [{ href: '/dashboard', label: 'Progress' }]),
  ];
  return (
    <header
      data-sticky-header
      className="sticky top-0 z-40 border-b border-stone-200 bg-white/95 backdrop-blur dark:border-stone-800 dark:bg-stone-950/95"
    >
      <div
        className={`${chromeWidth} flex flex-nowrap items-center justify-between gap-x-3 px-4 py-1 sm:gap-x-4 sm:px-6 sm:py-3`}
      >
        <Link
          href="/"
          className="inline-flex min-h-11 shrink-0 items-center rounded text-lg font-semibold tracking-tight focus-visible:outline-2 focus-visible:outline-offset-2 sm:min-h-6"
        >
          Sourcewise
        </Link>
        <nav aria-label="Main" className="min-w-0">
          <ul className="flex flex-nowrap items-center gap-x-3 text-sm sm:gap-x-4">
            {/* Where this visitor works comes first: a teacher's classes, a student's assigned work. */}
            {isTeacher && (
              <li className="shrink-0">
                <a href="/teach" className={`${linkClass} font-semibold`}>
                  Teaching
                </a>
              </li>
            )}
            {me && !isTeacher && (
              <li className="shrink-0">
                <a href="/work" className={`${linkClass} font-semibold`}>
                  My work
                </a>
              </li>
            )}
            {links.map((link) => (
              <li key={link.href} className="hidden sm:block">
                {link.href.startsWith('/courses/') ? (
                  <Link href={link.href} className={linkClass}>
                    {link.label}
                  </Link>
                ) : (
                  <a href={link.href} className={linkClass}>
                    {link.label}
                  </a>
                )}
              </li>
            ))}
            {!me && (
              <li className="shrink-0 sm:hidden">
                <MenuDisclosure label="Menu">
                  {links.map((link) => (
                    <li key={link.href}>
                      <a href={link.href} className={menuItemClass}>
                        {link.label}
                      </a>
                    </li>
                  ))}
                </MenuDisclosure>
              </li>
            )}
            <li className="min-w-0">
              {me === undefined ? <AccountSlot /> : <AccountMenu me={me} phoneLinks={me ? links : []} />}
            </li>
          </ul>
        </nav>
      </div>
    </header>
  );
}
