import Link from '@/components/ui/link';
import { getFeaturedCourse } from '@/lib/content/course';
import { AccountMenu, type Me } from './account-menu';
import { articleHref } from '@/lib/content/sentence-ref';
import { chromeWidth } from './wide-layout';

const linkClass = 'rounded underline-offset-4 hover:underline focus-visible:outline-2 focus-visible:outline-offset-2';

export function SiteHeader({ me }: { me: Me }) {
  const course = getFeaturedCourse();
  return (
    <header className="sticky top-0 z-40 border-b border-stone-200 bg-white/95 backdrop-blur dark:border-stone-800 dark:bg-stone-950/95">
      {/* On a phone the links wrap under the name of the site rather than pushing the page sideways. */}
      <div className={`${chromeWidth} flex flex-wrap items-center justify-between gap-x-4 gap-y-2 px-4 py-3 sm:px-6`}>
        <Link
          href="/"
          className="rounded text-lg font-semibold tracking-tight focus-visible:outline-2 focus-visible:outline-offset-2"
        >
          Sourcewise
        </Link>
        <nav aria-label="Main">
          <ul className="flex items-center gap-4 text-sm">
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
            <li>
              <a href="/dashboard" className={linkClass}>
                Progress
              </a>
            </li>
            <li>
              <AccountMenu me={me} />
            </li>
          </ul>
        </nav>
      </div>
    </header>
  );
}
