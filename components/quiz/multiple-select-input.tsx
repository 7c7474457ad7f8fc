import type { OptionView } from '@/lib/attempts/views';
import type { ResponseOf } from '@/lib/grading/response';
import { choiceInput, choiceRow, chosenTag, legendClass } from '@/components/quiz/choice-styles';
import { PartMark } from './part-mark';

type Props = {
  prompt: string;
  options: OptionView[];
  value: ResponseOf<'multiple-select'> | undefined;
  onChange: (response: ResponseOf<'multiple-select'>) => void;
  disabled?: boolean;
  marks?: Record<string, boolean>;
};

export function MultipleSelectInput({ prompt, options, value, onChange, disabled, marks }: Props) {
  const chosen = new Set(value?.choices ?? []);
  const toggle = (token: string, isChecked: boolean) => {
    // Kept in the options' order, so the same selection always makes the same response.
    const next = options.map((o) => o.token).filter((t) => (t === token ? isChecked : chosen.has(t)));
    onChange({ type: 'multiple-select', choices: next });
  };
  return (
    <fieldset disabled={disabled} className="min-w-0">
      <legend data-read-sentence className={legendClass}>
        {prompt}{' '}
        <span className="block text-base font-normal text-stone-700 dark:text-stone-300">Select all that apply.</span>
      </legend>
      <div className="space-y-2">
        {options.map((option) => (
          <label key={option.token} className={choiceRow}>
            <input
              type="checkbox"
              value={option.token}
              checked={chosen.has(option.token)}
              onChange={(e) => toggle(option.token, e.currentTarget.checked)}
              className={choiceInput}
            />
            <span data-read-sentence>{option.text}</span>
            {/* Only chosen options carry a mark: one left out is never shown as right before the answer is. */}
            {marks?.[option.token] === undefined ? (
              <span aria-hidden="true" className={chosenTag}>
                Your answer
              </span>
            ) : (
              <PartMark isRight={marks[option.token]!} />
            )}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
