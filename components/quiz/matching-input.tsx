import { useId } from 'react';
import type { OptionView } from '@/lib/attempts/views';
import type { ResponseOf } from '@/lib/grading/response';
import { legendClass } from '@/components/quiz/choice-styles';
import { answerInput } from '@/components/ui/field';
import { PartMark } from './part-mark';

type Props = {
  prompt: string;
  left: OptionView[];
  right: OptionView[];
  value: ResponseOf<'matching'> | undefined;
  onChange: (response: ResponseOf<'matching'>) => void;
  disabled?: boolean;
  /** By left token: whether the pair made for it is right. */
  marks?: Record<string, boolean>;
};

/** One labelled select per left item: works with keyboard, switch access and screen readers alike. */
export function MatchingInput({ prompt, left, right, value, onChange, disabled, marks }: Props) {
  const id = useId();
  const pairs = value?.pairs ?? {};
  const choose = (leftToken: string, rightToken: string) => {
    const next = { ...pairs };
    if (rightToken) next[leftToken] = rightToken;
    else delete next[leftToken];
    onChange({ type: 'matching', pairs: next });
  };
  return (
    <fieldset disabled={disabled} className="min-w-0">
      <legend data-read-sentence className={legendClass}>
        {prompt}
      </legend>
      <div className="space-y-4">
        {left.map((item, index) => {
          const chosen = right.find((option) => option.token === pairs[item.token]);
          return (
            // The item above its answer at every width, so a long answer has the column's whole width;
            // minmax(0, 1fr), so a select holding a long option never widens the page.
            <div key={item.token} className="grid grid-cols-[minmax(0,1fr)] gap-1">
              <label htmlFor={`${id}-${index}`} data-read-sentence className="leading-snug">
                {item.text}
              </label>
              <div className="flex min-w-0 items-center gap-3">
                <select
                  id={`${id}-${index}`}
                  aria-describedby={marks?.[item.token] === undefined ? undefined : `${id}-${index}-mark`}
                  value={pairs[item.token] ?? ''}
                  onChange={(e) => choose(item.token, e.currentTarget.value)}
                  className={`${answerInput} min-w-0`}
                >
                  <option value="">Choose…</option>
                  {right.map((option) => (
                    <option key={option.token} value={option.token}>
                      {option.text}
                    </option>
                  ))}
                </select>
                {marks?.[item.token] !== undefined && (
                  <PartMark isRight={marks[item.token]!} id={`${id}-${index}-mark`} />
                )}
              </div>
              {/* A closed select shows one line; on a phone a long answer is cut there, so it is shown
                  whole under it (the select itself tells a screen reader what is chosen). */}
              {chosen && (
                <p
                  aria-hidden="true"
                  data-chosen-match
                  className="text-sm leading-snug text-stone-700 sm:hidden dark:text-stone-300"
                >
                  → {chosen.text}
                </p>
              )}
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
