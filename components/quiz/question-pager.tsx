import { Button } from '@/components/ui/button';

/**
 * Previous / Next under a question, in both players; the last question's Next names what follows.
 * A landmark of its own, named apart from the numbered "Questions" navigator above it.
 */
export function QuestionPager({
  index,
  total,
  nextLabel,
  lastLabel,
  onPrevious,
  onNext,
}: {
  index: number;
  total: number;
  nextLabel: string;
  lastLabel: string;
  onPrevious: () => void;
  onNext: () => void;
}) {
  return (
    <nav
      aria-label="Previous and next question"
      className="flex flex-wrap justify-between gap-3 border-t border-stone-200 pt-4 dark:border-stone-800"
    >
      {index > 0 ? (
        <Button type="button" onClick={onPrevious} variant="secondary">
          <span aria-hidden="true">←</span> Previous
        </Button>
      ) : (
        <span />
      )}
      <Button type="button" onClick={onNext} variant="secondary">
        {index + 1 < total ? nextLabel : lastLabel} <span aria-hidden="true">→</span>
      </Button>
    </nav>
  );
}
