'use client';

import { useState } from 'react';
import type { AttemptView } from '@/lib/attempts/views';
import type { StudyGuide } from '@/lib/content/study-guide';
import { ArticlePanelProvider } from '@/components/article/article-panel-context';
import { LiveRegion, useAnnouncer } from './announcer';
import { formatScore } from './format';
import { HeldBackRetake } from './held-back-note';
import { PracticePlayer } from './practice-player';
import { QuizPlayer, type HandIn } from './quiz-player';
import { ResultsView } from './results-view';
import { summarizeResults } from './results-summary';
import { timeUpWords } from './time-up-words';
import type { StorageScope } from './pending-answers';

/**
 * The attempt page's interactive part. Practice checks each answer as the learner goes; quiz,
 * final and retake save quietly and mark everything on submit; a submitted attempt shows results.
 * The page around it supplies the h1 (the attempt's title).
 */
type Props = {
  initial: AttemptView;
  serverNow: string;
  storageScope: StorageScope;
  /** Where the results point next (the next module, the lesson section for each objective). */
  guide: StudyGuide;
  /** The course's article, which every question can open beside it. */
  articleId?: string;
};

export function AttemptPlayer({ initial, serverNow, storageScope, guide, articleId }: Props) {
  const [submitted, setSubmitted] = useState<AttemptView | null>(initial.status === 'submitted' ? initial : null);
  const [hasJustSubmitted, setHasJustSubmitted] = useState(false);
  const [handedInAtTimeUp, setHandedInAtTimeUp] = useState<string | null>(null);
  const { announcement, announce } = useAnnouncer();

  const onSubmitted = (attempt: AttemptView, handIn?: HandIn) => {
    const summary = summarizeResults(attempt);
    const timeUp = handIn?.isTimeUp ? timeUpWords(handIn.refused) : null;
    setSubmitted(attempt);
    setHasJustSubmitted(true);
    setHandedInAtTimeUp(timeUp);
    announce(
      `${timeUp ?? 'Submitted.'} ${
        attempt.resultWithheld
          ? 'Your teacher has not released the results yet.'
          : `Your score: ${formatScore(summary.score, summary.max)}.`
      }`,
    );
  };

  let body;
  if (initial.questionsHeldBack) body = <HeldBackRetake moreAt={initial.questionsHeldBack.moreAt} />;
  else if (submitted)
    body = (
      <>
        {handedInAtTimeUp && (
          <p className="mb-6 rounded-lg border border-red-700 px-4 py-3 font-semibold dark:border-red-300">
            {handedInAtTimeUp}
          </p>
        )}
        <ResultsView attempt={submitted} shouldFocus={hasJustSubmitted} guide={guide} />
      </>
    );
  else if (initial.kind === 'practice' || initial.kind === 'review')
    body = <PracticePlayer attempt={initial} announce={announce} onSubmitted={onSubmitted} />;
  else
    body = (
      <QuizPlayer
        attempt={initial}
        serverNow={serverNow}
        storageScope={storageScope}
        announce={announce}
        onSubmitted={onSubmitted}
      />
    );

  return (
    <div>
      {articleId ? <ArticlePanelProvider articleId={articleId}>{body}</ArticlePanelProvider> : body}
      <LiveRegion announcement={announcement} />
    </div>
  );
}
