import { formatDay, formatPoints } from '@/components/quiz/format';
import Link from '@/components/ui/link';
import { linkClass } from '@/components/ui/button';
import type { GradeChangeView } from '@/lib/regrade/list-grade-changes-for-student';

/** "Grade changed by your teacher on 4 Dec 2026: 11 → 12 of 12, because …", with the way to the result. */
export function GradeChangeNote({ change, title }: { change: GradeChangeView; title: string }) {
  return (
    <p className="text-sm">
      <span className="font-semibold">Grade changed by your teacher</span> on {formatDay(change.date)}:{' '}
      {formatPoints(change.oldScore)} → {formatPoints(change.newScore)} of {formatPoints(change.max)}
      {change.reason ? `, because: ${change.reason}` : ''}.{' '}
      <Link href={`/attempts/${encodeURIComponent(change.attemptId)}`} className={linkClass}>
        View results<span className="sr-only"> of {title}</span>
      </Link>
    </p>
  );
}
