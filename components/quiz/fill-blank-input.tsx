import { useId } from 'react';
import type { ResponseOf } from '@/lib/grading/response';
import { legendClass } from '@/components/quiz/choice-styles';
import { answerInput } from '@/components/ui/field';

type Props = {
  prompt: string;
  value: ResponseOf<'fill-blank'> | undefined;
  onChange: (response: ResponseOf<'fill-blank'>) => void;
  disabled?: boolean;
};

const BLANK = /_{3,}/;

/** The prompt with its blank drawn as a line (read out as "blank"), the answer box below it. */
export function FillBlankInput({ prompt, value, onChange, disabled }: Props) {
  const id = useId();
  const [before, ...rest] = prompt.split(BLANK);
  const after = rest.join(' ___ ');
  return (
    <fieldset disabled={disabled} className="min-w-0">
      <legend data-read-sentence className={legendClass}>
        {before}
        {rest.length > 0 && (
          <>
            <span
              aria-hidden="true"
              className="inline-block w-20 border-b-2 border-stone-700 align-baseline dark:border-stone-300"
            >
              &nbsp;
            </span>
            <span className="sr-only">blank</span>
            {after}
          </>
        )}
      </legend>
      <label htmlFor={id} className="mb-1 block font-semibold">
        Your answer
      </label>
      <input
        id={id}
        type="text"
        value={value?.text ?? ''}
        onChange={(e) => onChange({ type: 'fill-blank', text: e.currentTarget.value })}
        // Enter is how people finish typing; it must not check, submit or move on by surprise.
        onKeyDown={(e) => {
          if (e.key === 'Enter') e.preventDefault();
        }}
        autoComplete="off"
        autoCorrect="off"
        autoCapitalize="off"
        spellCheck={false}
        maxLength={200}
        className={`${answerInput} sm:max-w-sm`}
      />
    </fieldset>
  );
}
