import Link from '@/components/ui/link';
import { getFeaturedCourse } from '@/lib/content/course';
import { can } from '@/lib/auth/roles';
import { AccountMenu, type Me } from './account-menu';
import { AccountSlot } from './account-slot';
import { articleHref } from '@/lib/content/sentence-ref';
import { chromeWidth } from './wide-layout';

const linkClass = 'rounded underline-offset-4 hover:underline focus-visible:outline-2 focus-visible:outline-offset-2';

/**
 * `me` undefined: the page is prerendered, the same for everyone (components/ui/page-chrome.tsx), so
 * the header is a guest's and the account corner asks the browser who is signed in (account-slot.tsx).
 */
export function SiteHeader({ me }: { me: Me | undefined }) {
  const course = getFeaturedCourse();
  const isTeacher = me != null && can(me, 'class.read');
  return (
    <header
      data-sticky-header
      className="sticky top-0 z-40 border-b border-stone-200 bg-white/95 backdrop-blur dark:border-stone-800 dark:bg-stone-950/95"
    >
      {/* On a phone the links wrap under the name of the site rather than pushing the page sideways. */}
      <div className={`${chromeWidth} flex flex-wrap items-center justify-between gap-x-4 gap-y-2 px-4 py-3 sm:px-6`}>
        <Link
          href="/"
          className="rounded text-lg font-semibold tracking-tight focus-visible:outline-2 focus-visible:outline-offset-2"
        >
          Sourcewise
        </Link>
        <nav aria-label="Main">
          <ul className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm">
            {/* Where this visitor works comes first: a teacher's classes, a student's assigned work. */}
            {isTeacher && (
              <li>
                <a href="/teach" className={`${linkClass} font-semibold`}>
                  Teaching
                </a>
              </li>
            )}
            {me && !isTeacher && (
              <li>
                <a href="/work" className={`${linkClass} font-semibold`}>
                  My work
                </a>
              </li>
            )}
            <li>
              <Link href={`/courses/${course.id}`} className={linkClass}>
                Course
              </Link>
            </li>
            <li>
              <a href={articleHref(course.article)} className={linkClass}>
                Article
              </a>
            </li>
            {/* A teacher's own self-study progress stays in the account menu ("My dashboard"). */}
            {!isTeacher && (
              <li>
                <a href="/dashboard" className={linkClass}>
                  Progress
                </a>
              </li>
            )}
            <li>{me === undefined ? <AccountSlot /> : <AccountMenu me={me} />}</li>
          </ul>
        </nav>
      </div>
    </header>
  );
}
