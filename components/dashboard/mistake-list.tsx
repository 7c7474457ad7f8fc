import { FeedbackPanel } from '@/components/quiz/feedback-panel';
import { formatPercent } from '@/components/quiz/format';
import type { Mistake } from '@/lib/progress/list-mistakes';
import { LocalTime } from '@/components/ui/local-time';
import { QuestionPrompt } from './question-prompt';

/**
 * Each question last answered wrong (or partly right): the prompt, when and how it went, and on
 * request the answer, the explanation and the evidence in its paragraph, where the learner may see
 * them; a <details> keeps a long list readable without script.
 */
export function MistakeList({ mistakes }: { mistakes: Mistake[] }) {
  return (
    <ol className="space-y-6">
      {mistakes.map((m) => (
        <li
          key={m.questionId}
          className="space-y-3 border-t border-stone-200 pt-5 first:border-t-0 first:pt-0 dark:border-stone-800"
        >
          <p className="text-sm font-semibold text-stone-700 dark:text-stone-300">{m.moduleTitle}</p>
          <h3 className="text-lg font-semibold leading-snug">
            <QuestionPrompt type={m.type} prompt={m.prompt} />
          </h3>
          <p className="text-sm text-stone-700 dark:text-stone-300">
            Your latest answer scored {formatPercent(m.score, 1)} (<LocalTime iso={m.answeredAt} />
            ).
          </p>
          {m.feedback ? (
            <details>
              <summary className="min-h-11 cursor-pointer rounded py-2 font-semibold text-blue-700 underline underline-offset-4 focus-visible:outline-2 focus-visible:outline-offset-2 dark:text-blue-300">
                Show the answer and where the article says so
              </summary>
              <div className="pt-3">
                <FeedbackPanel feedback={m.feedback} headingLevel={4} />
              </div>
            </details>
          ) : (
            <p className="text-sm leading-relaxed text-stone-700 dark:text-stone-300">
              Your teacher has not released the correct answer yet
              {m.heldBackUntil ? (
                <>
                  ; it is shown after the due date, <LocalTime iso={m.heldBackUntil} />.
                </>
              ) : (
                '.'
              )}{' '}
              It can be practiced here once it is.
            </p>
          )}
        </li>
      ))}
    </ol>
  );
}
