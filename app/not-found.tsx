import { linkClass } from '@/components/ui/button';
import Link from '@/components/ui/link';
import { NotFoundChrome } from '@/components/ui/page-chrome';
import { ReadingColumn } from '@/components/ui/reading-column';

// Outside every route group's layout, so it brings the header itself (page-chrome.tsx says why a
// guest's).
export default function NotFound() {
  return (
    <NotFoundChrome>
      <ReadingColumn>
        <div className="space-y-4">
          <h1 className="text-3xl font-bold">Page not found</h1>
          <p>There is no page at this address. It may have moved, or the link may be mistyped.</p>
          <p>
            <Link href="/" className={linkClass}>
              Go to the course
            </Link>
          </p>
        </div>
      </ReadingColumn>
    </NotFoundChrome>
  );
}
