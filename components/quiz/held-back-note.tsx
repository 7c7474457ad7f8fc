import { LocalTime } from '@/components/ui/local-time';
import type { AttemptView } from '@/lib/attempts/views';

function heldBackParts(heldBack: NonNullable<AttemptView['heldBack']>): string {
  if (heldBack.score) return 'your score, which answers were right, and the correct answers';
  if (heldBack.whichRight) return 'which answers were right, and the correct answers';
  return 'the correct answers and the evidence for them';
}

/** On a submitted assignment attempt: what the teacher's review policy holds back, and until when. */
export function HeldBackNote({ heldBack }: { heldBack: NonNullable<AttemptView['heldBack']> }) {
  return (
    <p className="rounded-lg border border-stone-400 px-4 py-3 leading-relaxed dark:border-stone-600">
      Not shown: {heldBackParts(heldBack)}.{' '}
      {heldBack.moreAt ? (
        <>
          Your teacher&apos;s settings show more after the due date, <LocalTime iso={heldBack.moreAt} />.
        </>
      ) : (
        <>Your teacher&apos;s settings do not show them for this assignment.</>
      )}
    </p>
  );
}

/** A retake whose questions the review policy holds back again (the student's due date moved). */
export function HeldBackRetake({ moreAt }: { moreAt: string | null }) {
  return (
    <p className="rounded-lg border border-stone-400 px-4 py-3 leading-relaxed dark:border-stone-600">
      This retake is paused. It holds the questions you missed, and your teacher&apos;s settings no longer show this
      assignment&apos;s correct answers to you
      {moreAt ? (
        <>
          ; it opens again after your due date, <LocalTime iso={moreAt} />.
        </>
      ) : (
        '.'
      )}
    </p>
  );
}
