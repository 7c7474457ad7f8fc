import type { Ref } from 'react';

export function QuestionHeading({
  index,
  total,
  headingRef,
}: {
  index: number;
  total: number;
  headingRef: Ref<HTMLHeadingElement>;
}) {
  return (
    <h2
      ref={headingRef}
      tabIndex={-1}
      className="text-sm font-semibold uppercase tracking-wide text-stone-700 focus:outline-none dark:text-stone-300"
    >
      Question {index + 1} of {total}
    </h2>
  );
}
