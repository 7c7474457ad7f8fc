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
        {left.map((item, index) => (
          <div
            key={item.token}
            className={`grid gap-1 sm:items-center sm:gap-4 ${marks ? 'sm:grid-cols-[1fr_1fr_auto]' : 'sm:grid-cols-2'}`}
          >
            <label htmlFor={`${id}-${index}`} data-read-sentence className="leading-snug">
              {item.text}
            </label>
            <select
              id={`${id}-${index}`}
              aria-describedby={marks?.[item.token] === undefined ? undefined : `${id}-${index}-mark`}
              value={pairs[item.token] ?? ''}
              onChange={(e) => choose(item.token, e.currentTarget.value)}
              className={answerInput}
            >
              <option value="">Choose…</option>
              {right.map((option) => (
                <option key={option.token} value={option.token}>
                  {option.text}
                </option>
              ))}
            </select>
            {marks?.[item.token] !== undefined && <PartMark isRight={marks[item.token]!} id={`${id}-${index}-mark`} />}
          </div>
        ))}
      </div>
    </fieldset>
  );
}
