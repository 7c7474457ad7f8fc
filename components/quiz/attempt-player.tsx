'use client';

import { useState } from 'react';
import type { AttemptView } from '@/lib/attempts/views';
import type { StudyGuide } from '@/lib/content/study-guide';
import { LiveRegion, useAnnouncer } from './announcer';
import { formatScore } from './format';
import { HeldBackRetake } from './held-back-note';
import { PracticePlayer } from './practice-player';
import { QuizPlayer } from './quiz-player';
import { ResultsView } from './results-view';
import { summarizeResults } from './results-summary';

/**
 * The attempt page's interactive part. Practice checks each answer as the learner goes; quiz,
 * final and retake save quietly and mark everything on submit; a submitted attempt shows results.
 * The page around it supplies the h1 (the attempt's title).
 */
export function AttemptPlayer({
  initial,
  serverNow,
  guide,
}: {
  initial: AttemptView;
  serverNow: string;
  /** Where the results point next (the next module, the lesson section for each objective). */
  guide: StudyGuide;
}) {
  const [submitted, setSubmitted] = useState<AttemptView | null>(initial.status === 'submitted' ? initial : null);
  const [hasJustSubmitted, setHasJustSubmitted] = useState(false);
  const { announcement, announce } = useAnnouncer();

  const onSubmitted = (attempt: AttemptView) => {
    const summary = summarizeResults(attempt);
    setSubmitted(attempt);
    setHasJustSubmitted(true);
    announce(
      attempt.resultWithheld
        ? 'Submitted. Your teacher has not released the results yet.'
        : `Submitted. Your score: ${formatScore(summary.score, summary.max)}.`,
    );
  };

  let body;
  if (initial.questionsHeldBack) body = <HeldBackRetake moreAt={initial.questionsHeldBack.moreAt} />;
  else if (submitted) body = <ResultsView attempt={submitted} shouldFocus={hasJustSubmitted} guide={guide} />;
  else if (initial.kind === 'practice' || initial.kind === 'review')
    body = <PracticePlayer attempt={initial} announce={announce} onSubmitted={onSubmitted} />;
  else body = <QuizPlayer attempt={initial} serverNow={serverNow} announce={announce} onSubmitted={onSubmitted} />;

  return (
    <div>
      {body}
      <LiveRegion announcement={announcement} />
    </div>
  );
}
