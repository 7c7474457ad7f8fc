import type { Metadata } from 'next';
import Link from '@/components/ui/link';
import { notFound } from 'next/navigation';
import { AttemptPlayer } from '@/components/quiz/attempt-player';
import { getAttemptView } from '@/lib/attempts/get-attempt';
import { getStorageScopes } from '@/lib/attempts/storage-scope';
import { getLearnerId } from '@/lib/auth/learner';
import { getCourse } from '@/lib/content/course';
import { getStudyGuide } from '@/lib/content/study-guide';
import { getDb } from '@/lib/db';
import { linkClass } from '@/components/ui/button';

type Props = { params: Promise<{ attemptId: string }> };

export const metadata: Metadata = { title: 'Attempt' };

export default async function AttemptPage({ params }: Props) {
  const ownerId = await getLearnerId();
  if (!ownerId) notFound();
  // Ownership is part of the query: someone else's attempt is simply not found.
  const db = await getDb();
  const attempt = await getAttemptView(db, (await params).attemptId, ownerId);
  if (!attempt) notFound();
  const course = getCourse(attempt.courseId);
  const back = attempt.moduleId ? `/courses/${attempt.courseId}/${attempt.moduleId}` : `/courses/${attempt.courseId}`;
  return (
    <div className="space-y-6">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href={back} className={`${linkClass} inline-flex min-h-11 items-center`}>
          {attempt.moduleId ? 'Back to the lesson' : 'Back to the course'}
        </Link>
      </nav>
      <h1 className="text-3xl font-bold tracking-tight">{attempt.title}</h1>
      <AttemptPlayer
        initial={attempt}
        serverNow={new Date().toISOString()}
        storageScope={await getStorageScopes(db, ownerId)}
        guide={course ? getStudyGuide(course, attempt.moduleId) : { sections: {} }}
        articleId={course?.article}
      />
    </div>
  );
}
