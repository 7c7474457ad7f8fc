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
