import { useState } from 'react';
import type { AnswerView, AttemptView } from '@/lib/attempts/views';
import type { Response } from '@/lib/grading/response';
import { answerState } from './answer-state';
import { answersByQuestion, responsesByQuestion } from './answers-by-question';
import { saveAnswer, submitAttempt } from '@/components/api/client';
import { feedbackAnnouncement } from './format';
import { newIdempotencyKey } from './idempotency-key';
import { displayedOrder } from './ordering';
import { PracticeQuestion, type CheckState } from './practice-question';
import { PracticeSummary, type FinishState } from './practice-summary';
import { resumeAt } from './resume';
import { useHeadingFocus } from './use-heading-focus';

type Props = {
  attempt: AttemptView;
  announce: (text: string) => void;
  onSubmitted: (attempt: AttemptView) => void;
};

const CHOOSE_FIRST = 'Choose an answer before checking.';

/** Practice: one question at a time, checked on request, with feedback and another try. */
export function PracticePlayer({ attempt, announce, onSubmitted }: Props) {
  const questions = attempt.questions;
  const [screen, setScreen] = useState<number | 'end'>(() => resumeAt(attempt));
  const [responses, setResponses] = useState(() => responsesByQuestion(attempt.answers));
  const [answers, setAnswers] = useState<Record<string, AnswerView>>(() => answersByQuestion(attempt.answers));
  const [tryingAgain, setTryingAgain] = useState<Record<string, boolean>>({});
  const [checks, setChecks] = useState<Record<string, CheckState | undefined>>({});
  const [hint, setHint] = useState<string | null>(null);
  const [finish, setFinish] = useState<FinishState>({ state: 'idle' });
  const { headingRef, requestFocus } = useHeadingFocus(screen);

  const go = (next: number | 'end') => {
    setHint(null);
    requestFocus();
    setScreen(next);
  };

  const setCheck = (questionId: string, check: CheckState | undefined) =>
    setChecks((c) => ({ ...c, [questionId]: check }));

  const check = async (index: number) => {
    const question = questions[index];
    if (!question) return;
    // An ordering question is answered as shown until the learner moves something.
    const response =
      responses[question.id] ??
      (question.type === 'ordering'
        ? { type: 'ordering' as const, order: displayedOrder(question.options, undefined) }
        : undefined);
    if (answerState(question, response) === 'unanswered' || !response) {
      setHint(CHOOSE_FIRST);
      announce(CHOOSE_FIRST);
      return;
    }
    setHint(null);
    setResponses((r) => ({ ...r, [question.id]: response }));
    setCheck(question.id, { state: 'checking' });
    let hasAnnouncedRetry = false;
    const result = await saveAnswer(attempt.id, question.id, response, newIdempotencyKey(), {
      onRetry: () => {
        setCheck(question.id, { state: 'retrying' });
        if (!hasAnnouncedRetry) announce('Not reached the server yet — retrying.');
        hasAnnouncedRetry = true;
      },
    });
    if (!result.ok) {
      setCheck(question.id, { state: 'error', status: result.status, message: result.message });
      announce(`Not checked: ${result.message}`);
      return;
    }
    setAnswers((a) => ({ ...a, [question.id]: result.answer }));
    setTryingAgain((t) => ({ ...t, [question.id]: false }));
    setCheck(question.id, undefined);
    announce(result.answer.feedback ? feedbackAnnouncement(result.answer.feedback) : 'Answer saved.');
  };

  const finishPractice = async () => {
    setFinish({ state: 'submitting' });
    const result = await submitAttempt(attempt.id, { onRetry: () => setFinish({ state: 'retrying' }) });
    if (result.ok) onSubmitted(result.attempt);
    else setFinish({ state: 'error', message: result.message });
  };

  if (screen === 'end' || !questions[screen]) {
    const isWaitingForChecks = Object.values(checks).some((c) => c?.state === 'checking' || c?.state === 'retrying');
    return (
      <PracticeSummary
        questions={questions}
        answers={answers}
        headingRef={headingRef}
        finish={finish}
        isWaitingForChecks={isWaitingForChecks}
        onGo={go}
        onFinish={() => void finishPractice()}
      />
    );
  }

  const question = questions[screen];
  return (
    <PracticeQuestion
      key={question.id}
      question={question}
      index={screen}
      total={questions.length}
      headingRef={headingRef}
      response={responses[question.id]}
      answer={answers[question.id]}
      isTryingAgain={tryingAgain[question.id] ?? false}
      check={checks[question.id]}
      hint={hint}
      onChange={(response: Response) => {
        setHint(null);
        setResponses((r) => ({ ...r, [question.id]: response }));
      }}
      onCheck={() => void check(screen)}
      onTryAgain={() => setTryingAgain((t) => ({ ...t, [question.id]: true }))}
      onPrevious={() => go(screen - 1)}
      onNext={() => go(screen + 1 < questions.length ? screen + 1 : 'end')}
    />
  );
}
