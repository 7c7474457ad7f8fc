import type { Metadata } from 'next';
import Link from '@/components/ui/link';
import { MyWorkList } from '@/components/student/my-work-list';
import { linkClass } from '@/components/ui/button';
import { listMyWork } from '@/lib/assignments/list-my-work';
import { MY_WORK_PATH } from '@/lib/auth/landing-path';
import { requireUser } from '@/lib/auth/session';
import { systemClock } from '@/lib/clock';
import { getFeaturedCourse } from '@/lib/content/course';
import { getDb } from '@/lib/db';

export const metadata: Metadata = { title: 'My work' };

export const dynamic = 'force-dynamic';

// Where a student in a class lands after signing in: what their teachers have set, as a to-do list.
export default async function MyWorkPage() {
  const user = await requireUser(MY_WORK_PATH);
  const items = await listMyWork(await getDb(), user.id, systemClock());
  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">My work</h1>
        <p className="text-stone-700 dark:text-stone-300">
          What your teachers have set, due soonest first. Your classes are under{' '}
          <Link href="/classes" className={linkClass}>
            My classes
          </Link>
          .
        </p>
      </header>
      {items.length === 0 ? (
        <p className="leading-relaxed">
          Nothing is set for you yet. Got a code from your teacher?{' '}
          <Link href="/join" className={linkClass}>
            Join a class
          </Link>
          , or learn on your own with{' '}
          <Link href={`/courses/${getFeaturedCourse().id}`} className={linkClass}>
            the course
          </Link>
          .
        </p>
      ) : (
        <MyWorkList items={items} />
      )}
    </div>
  );
}
