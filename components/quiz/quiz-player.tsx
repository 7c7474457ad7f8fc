import { useEffect, useRef, useState } from 'react';
import type { AttemptView } from '@/lib/attempts/views';
import type { Response } from '@/lib/grading/response';
import { answerState } from './answer-state';
import { AttemptTimer } from './attempt-timer';
import { responsesByQuestion } from './answers-by-question';
import { submitAttempt } from '@/components/api/client';
import { ConnectionNotice } from './connection-notice';
import { describeConnection } from './connection-words';
import { QuestionNavigator } from './question-navigator';
import { QuizQuestion } from './quiz-question';
import { resumeAt } from './resume';
import { ReviewScreen } from './review-screen';
import { SaveStatusLine } from './save-status';
import { SkipToNavigator } from './skip-to-navigator';
import { SubmitDialog, type SubmitProgress } from './submit-dialog';
import { TimeUpPanel } from './time-up-panel';
import { useAutosave } from './use-autosave';
import { useHeaderOffset } from './use-header-offset';
import { useHeadingFocus } from './use-heading-focus';
import { useIsOnline } from './use-is-online';
import type { StorageScope } from './pending-answers';

/** How a quiz was handed in, for the results page to say: at time up, and how many answers came too late. */
export type HandIn = { isTimeUp: boolean; refused: number };

type Props = {
  attempt: AttemptView;
  serverNow: string;
  storageScope: StorageScope;
  announce: (text: string) => void;
  onSubmitted: (attempt: AttemptView, handIn: HandIn) => void;
};

/** Quiz, final and retake: answers autosave, nothing is marked until the learner submits. */
export function QuizPlayer({ attempt, serverNow, storageScope, announce, onSubmitted }: Props) {
  const questions = attempt.questions;
  const [screen, setScreen] = useState<number | 'review'>(() => {
    const start = resumeAt(attempt);
    return start === 'end' ? 'review' : start;
  });
  const [responses, setResponses] = useState(() => responsesByQuestion(attempt.answers));
  const [isDialogOpen, setIsDialogOpen] = useState(false);
  const [progress, setProgress] = useState<SubmitProgress>({ state: 'idle' });
  const [isTimeUp, setIsTimeUp] = useState(false);
  const submitRun = useRef<AbortController | null>(null);
  const { queue, status, waiting } = useAutosave({
    attemptId: attempt.id,
    storageScope,
    onRestore: (restored) => setResponses((r) => ({ ...r, ...restored })),
  });
  const { headingRef, requestFocus } = useHeadingFocus(screen);
  const isOnline = useIsOnline();
  const headerOffset = useHeaderOffset();
  const navRef = useRef<HTMLElement>(null);
  // Opening the quiz starts the keyboard at the first question shown (or the review screen), as
  // Next and the navigator do later (use-heading-focus.ts); once only, on arrival.
  // Without scrolling: the heading is already on the first screen, under the quiz's title.
  useEffect(() => {
    headingRef.current?.focus({ preventScroll: true });
  }, [headingRef]);

  const go = (next: number | 'review') => {
    // The learner is done with this question for now: save it without waiting for the debounce.
    const current = typeof screen === 'number' ? questions[screen] : undefined;
    if (current) void queue.flush(current.id);
    requestFocus();
    setScreen(next);
  };

  const change = (questionId: string, response: Response) => {
    setResponses((r) => ({ ...r, [questionId]: response }));
    queue.change(questionId, response);
  };

  const cancelSubmit = () => {
    submitRun.current?.abort();
    submitRun.current = null;
    setIsDialogOpen(false);
    setProgress({ state: 'idle' });
  };

  const submit = async (isTimeUp = false) => {
    const run = new AbortController();
    submitRun.current = run;
    setProgress({ state: 'saving' });
    // Every answer must be on the server before it scores them.
    const flushed = await queue.flush();
    if (run.signal.aborted) return;
    // A 409 means the attempt is already submitted: submitting again fetches its results.
    if (!flushed.ok && flushed.status !== 409) {
      setProgress({
        state: 'error',
        message: `An answer could not be saved, so nothing was submitted. ${flushed.message}`,
      });
      return;
    }
    setProgress({ state: 'submitting' });
    const result = await submitAttempt(attempt.id, {
      signal: run.signal,
      onRetry: () => setProgress({ state: 'retrying' }),
    });
    if (run.signal.aborted) return;
    if (result.ok) onSubmitted(result.attempt, { isTimeUp, refused: queue.refused() });
    else setProgress({ state: 'error', message: `Not submitted: ${result.message}` });
  };

  // At zero the answers saved so far are handed in, as Moodle does; the server would also submit
  // the attempt the next time anyone looks at it, and refuses answers after the grace period.
  const timeUp = () => {
    submitRun.current?.abort();
    setIsDialogOpen(false);
    setIsTimeUp(true);
    void submit(true);
  };

  const states = questions.map((q) => answerState(q, responses[q.id]));
  const question = typeof screen === 'number' ? questions[screen] : undefined;
  const isTimed = attempt.deadlineAt !== undefined;
  const connection = describeConnection({
    isOnline,
    waiting,
    isRetrying: status.state === 'retrying',
    isTimed: isTimed && !isTimeUp,
  });
  const hasBar = isTimed || connection !== null;
  return (
    <div className="space-y-6">
      {/* A direct child of the whole player, so it stays stuck for as long as the questions scroll;
          opaque, so the question scrolling under it does not show through. */}
      <div
        className={hasBar ? 'sticky z-30 -mt-2 bg-white py-2 dark:bg-stone-950' : 'mb-0'}
        style={hasBar ? { top: headerOffset } : undefined}
      >
        {attempt.deadlineAt && (
          <AttemptTimer deadlineAt={attempt.deadlineAt} serverNow={serverNow} announce={announce} onTimeUp={timeUp} />
        )}
        <ConnectionNotice words={connection} className={isTimed ? 'mt-2' : ''} />
      </div>
      <div className="space-y-3">
        <QuestionNavigator questions={questions} responses={responses} current={screen} onGo={go} navRef={navRef} />
        <SaveStatusLine status={status} hasSavedAnswers={attempt.answers.length > 0} />
      </div>
      {isTimeUp ? (
        <TimeUpPanel progress={progress} isOnline={isOnline} onRetry={() => void submit(true)} />
      ) : question && typeof screen === 'number' ? (
        <QuizQuestion
          key={question.id}
          question={question}
          index={screen}
          total={questions.length}
          headingRef={headingRef}
          response={responses[question.id]}
          onChange={(response) => change(question.id, response)}
          onPrevious={() => go(screen - 1)}
          onNext={() => go(screen + 1 < questions.length ? screen + 1 : 'review')}
          afterHeading={<SkipToNavigator navRef={navRef} />}
        />
      ) : (
        <ReviewScreen
          questions={questions}
          responses={responses}
          headingRef={headingRef}
          onGo={go}
          onSubmit={() => {
            void queue.flush();
            setIsDialogOpen(true);
          }}
        />
      )}
      <SubmitDialog
        isOpen={isDialogOpen}
        unanswered={states.filter((s) => s === 'unanswered').length}
        partial={states.filter((s) => s === 'partial').length}
        progress={progress}
        isSaveRetrying={status.state === 'retrying'}
        onConfirm={() => void submit()}
        onCancel={cancelSubmit}
      />
    </div>
  );
}
