'use client';

import { useSearchParams } from 'next/navigation';
import Link from '@/components/ui/link';
import { linkClass } from '@/components/ui/button';
import { lessonOriginFor, type LessonOrigin } from '@/lib/content/lesson-origin';

/**
 * "Back to the lesson" on the article, when it was opened from a lesson's citation (?from=…).
 * Only a lesson section of the courses built from this article is ever linked: any other value
 * is ignored, so the address cannot make the page show or link to something of its own.
 */
export function BackToLesson({ origins }: { origins: Record<string, LessonOrigin> }) {
  const origin = lessonOriginFor(origins, useSearchParams().get('from'));
  if (!origin) return null;
  return (
    <nav aria-label="Breadcrumb" className="text-sm">
      <Link href={origin.href} className={`${linkClass} inline-flex min-h-11 items-center`}>
        <span aria-hidden="true">←&nbsp;</span>Back to the lesson: {origin.title}
      </Link>
    </nav>
  );
}
