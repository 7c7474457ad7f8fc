import type { FeedbackView, Verdict } from '@/lib/attempts/views';
import { EvidenceParagraph } from './evidence-paragraph';
import { LookAtParagraph } from './look-at-paragraph';
import { VERDICT_ICON, verdictText } from './format';

const VERDICT_STYLE: Record<Verdict, string> = {
  correct: 'border-green-700 bg-green-50 text-green-900 dark:border-green-400 dark:bg-green-950 dark:text-green-100',
  partial: 'border-amber-700 bg-amber-50 text-amber-900 dark:border-amber-400 dark:bg-amber-950 dark:text-amber-100',
  incorrect: 'border-red-700 bg-red-50 text-red-900 dark:border-red-400 dark:bg-red-950 dark:text-red-100',
};

/**
 * A question's feedback: the verdict in an icon and words (never colour alone), the answer, why,
 * and where the article says so; or, while practice holds the answer back after a first wrong
 * try, the paragraph to read again. It never takes focus; the player announces it instead.
 */
export function FeedbackPanel({ feedback, headingLevel = 3 }: { feedback: FeedbackView; headingLevel?: 3 | 4 }) {
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  return (
    <div className="space-y-4 rounded-xl border border-stone-300 p-4 sm:p-5 dark:border-stone-700">
      <p
        data-read-sentence
        className={`inline-flex items-center gap-2 rounded-lg border-2 px-3 py-1.5 text-lg font-bold ${VERDICT_STYLE[feedback.verdict]}`}
      >
        <span aria-hidden="true">{VERDICT_ICON[feedback.verdict]}</span>
        {verdictText(feedback)}
      </p>
      {feedback.lookAt && (
        <section className="space-y-3">
          <Heading className="font-semibold">
            The article says it here. Read it again, then try again — or ask to see the answer.
          </Heading>
          {feedback.lookAt.map((paragraph) => (
            <LookAtParagraph key={paragraph.number} paragraph={paragraph} />
          ))}
        </section>
      )}
      {feedback.correctAnswer.length > 0 && (
        <div>
          <p className="font-semibold">The answer:</p>
          <ul className="mt-1 space-y-1 leading-relaxed">
            {feedback.correctAnswer.map((line, index) => (
              <li key={index} data-read-sentence>
                {line}
              </li>
            ))}
          </ul>
        </div>
      )}
      {feedback.explanation && (
        <p data-read-sentence className="leading-relaxed text-stone-800 dark:text-stone-200">
          {feedback.explanation}
        </p>
      )}
      {feedback.evidence.length > 0 && (
        <section className="space-y-3">
          <Heading className="font-semibold">Where the article says so</Heading>
          {feedback.evidence.map((evidence) => (
            <EvidenceParagraph key={evidence.sentenceId} evidence={evidence} />
          ))}
        </section>
      )}
    </div>
  );
}
