import Link from '@/components/ui/link';
import { buttonClass } from '@/components/ui/button';
import { ActionButtonForm } from '@/components/forms/action-button-form';
import { startRetakeAction } from '@/app/(student)/attempts/actions';
import type { ObjectiveResultView } from '@/lib/attempts/views';
import type { StudyGuide } from '@/lib/content/study-guide';

/**
 * What to do next, at the top of the results: retake the missed questions, read the lesson
 * section behind the weakest objective, go on to the next module, or back.
 */
export function NextSteps({
  attemptId,
  canRetake,
  weakest,
  guide,
  back,
}: {
  attemptId: string;
  canRetake: boolean;
  weakest?: ObjectiveResultView;
  guide: StudyGuide;
  back: { href: string; label: string };
}) {
  const section = weakest ? guide.sections[weakest.objectiveId] : undefined;
  return (
    <section aria-labelledby="next-steps-heading" className="space-y-3">
      <h3 id="next-steps-heading" className="text-lg font-semibold">
        What to do next
      </h3>
      <div className="flex flex-col gap-3 sm:flex-row sm:flex-wrap sm:items-start">
        {canRetake && (
          <ActionButtonForm action={startRetakeAction} fields={{ attemptId }}>
            Retake only the ones I missed
          </ActionButtonForm>
        )}
        {section && weakest && (
          <Link href={section.href} className={buttonClass('secondary', 'inline-flex items-center')}>
            Read “{section.title}” again
          </Link>
        )}
        {guide.next && (
          <Link
            href={guide.next.href}
            className={buttonClass(canRetake ? 'secondary' : 'primary', 'inline-flex items-center')}
          >
            Next module: {guide.next.title}
          </Link>
        )}
        <Link href={back.href} className={buttonClass('secondary', 'inline-flex items-center')}>
          {back.label}
        </Link>
      </div>
      {section && weakest && (
        <p className="text-sm text-stone-700 dark:text-stone-300">Your weakest objective here: {weakest.text}</p>
      )}
    </section>
  );
}
