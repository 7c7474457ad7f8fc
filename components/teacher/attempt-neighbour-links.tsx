'use client';

import { useRouter } from 'next/navigation';
import type { MouseEvent } from 'react';
import Link from '@/components/ui/link';
import { linkClass } from '@/components/ui/button';
import type { AttemptNeighbours } from '@/lib/gradebook/views';

const href = (attemptId: string) => `/teach/attempts/${encodeURIComponent(attemptId)}`;

/** Keeps the question in view: the next student's attempt opens at the same question number. */
function useKeepQuestion() {
  const router = useRouter();
  return (event: MouseEvent<HTMLAnchorElement>) => {
    const hash = window.location.hash;
    if (!/^#question-\d+$/.test(hash) || event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    router.push(`${event.currentTarget.pathname}${hash}`);
  };
}

/** "Previous student" / "Next student" through the class's attempts, in gradebook order. */
export function AttemptNeighbourLinks({ neighbours }: { neighbours: AttemptNeighbours }) {
  const { previous, next, position, count } = neighbours;
  const keepQuestion = useKeepQuestion();
  if (!previous && !next) return null;
  return (
    <nav aria-label="Students" className="flex flex-wrap items-center gap-x-6 gap-y-2">
      {previous ? (
        <Link href={href(previous.attemptId)} onClick={keepQuestion} className={linkClass}>
          <span aria-hidden="true">← </span>Previous student<span className="sr-only">, {previous.studentName}</span>
        </Link>
      ) : (
        <span className="text-stone-600 dark:text-stone-400">First student</span>
      )}
      {position > 0 && (
        <span className="text-sm text-stone-700 dark:text-stone-300">
          {position} of {count} with work
        </span>
      )}
      {next ? (
        <Link href={href(next.attemptId)} onClick={keepQuestion} className={linkClass}>
          Next student<span className="sr-only">, {next.studentName}</span>
          <span aria-hidden="true"> →</span>
        </Link>
      ) : (
        <span className="text-stone-600 dark:text-stone-400">Last student</span>
      )}
    </nav>
  );
}
