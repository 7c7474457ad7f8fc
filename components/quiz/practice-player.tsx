import { useState } from 'react';
import type { AnswerView, AttemptView } from '@/lib/attempts/views';
import type { Response } from '@/lib/grading/response';
import { answerState } from './answer-state';
import { answersByQuestion, responsesByQuestion } from './answers-by-question';
import { revealAnswer, saveAnswer, submitAttempt } from '@/components/api/client';
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
const SAME_AGAIN = 'That is the answer you checked. Change it, or choose “Show me the answer”.';

/**
 * Practice: one question at a time, checked on request. A wrong try points to where to look and
 * lets the learner try again; the server decides when the answer itself comes (a second wrong try
 * or "Show me"), so the browser never holds a key it has not been given.
 */
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
    // The same response again would spend a try (and, the second time, the answer) on nothing new.
    const previous = answers[question.id];
    if (previous?.feedback && previous.feedback.verdict !== 'correct' && sameResponse(previous.response, response)) {
      setHint(SAME_AGAIN);
      announce(SAME_AGAIN);
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

  const showMe = async (questionId: string) => {
    setHint(null);
    setCheck(questionId, { state: 'revealing' });
    const result = await revealAnswer(attempt.id, questionId, {
      onRetry: () => setCheck(questionId, { state: 'retrying' }),
    });
    if (!result.ok) {
      setCheck(questionId, { state: 'error', status: result.status, message: result.message });
      announce(`Not shown: ${result.message}`);
      return;
    }
    setAnswers((a) => ({ ...a, [questionId]: result.answer }));
    setTryingAgain((t) => ({ ...t, [questionId]: false }));
    setCheck(questionId, undefined);
    if (result.answer.feedback) announce(feedbackAnnouncement(result.answer.feedback));
  };

  const finishPractice = async () => {
    setFinish({ state: 'submitting' });
    const result = await submitAttempt(attempt.id, { onRetry: () => setFinish({ state: 'retrying' }) });
    if (result.ok) onSubmitted(result.attempt);
    else setFinish({ state: 'error', message: result.message });
  };

  if (screen === 'end' || !questions[screen]) {
    const isWaitingForChecks = Object.values(checks).some((c) => c !== undefined && c.state !== 'error');
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
      onTryAgain={() => {
        setHint(null);
        setTryingAgain((t) => ({ ...t, [question.id]: true }));
      }}
      onShowMe={() => void showMe(question.id)}
      onPrevious={() => go(screen - 1)}
      onNext={() => go(screen + 1 < questions.length ? screen + 1 : 'end')}
    />
  );
}

/** Two responses the same learner gave, compared as sent (options in their shown order, pairs by left token). */
function sameResponse(a: Response, b: Response): boolean {
  if (a.type === 'matching' && b.type === 'matching') {
    const keys = Object.keys(a.pairs);
    return keys.length === Object.keys(b.pairs).length && keys.every((k) => a.pairs[k] === b.pairs[k]);
  }
  return JSON.stringify(a) === JSON.stringify(b);
}
