import { useId, type ReactNode } from 'react';
import { choiceInput, choiceRow, chosenTag, legendClass } from '@/components/quiz/choice-styles';
import { PartMark } from './part-mark';

export type RadioChoice = { value: string; text: string };

/**
 * A fieldset of real radio buttons, each inside its label so the whole row is clickable. Used by
 * every one-answer question type.
 */
export function RadioGroup({
  legend,
  intro,
  choices,
  selected,
  onSelect,
  disabled,
  marks,
}: {
  legend: string;
  intro?: ReactNode;
  choices: RadioChoice[];
  selected: string | undefined;
  onSelect: (value: string) => void;
  disabled?: boolean;
  /** Checked feedback on the chosen choice: right or wrong, said on the choice itself. */
  marks?: Record<string, boolean>;
}) {
  const name = useId();
  return (
    <fieldset disabled={disabled} className="min-w-0">
      <legend data-read-sentence className={legendClass}>
        {legend}
      </legend>
      {intro}
      <div className="space-y-2">
        {choices.map((choice) => (
          <label key={choice.value} className={choiceRow}>
            <input
              type="radio"
              name={name}
              value={choice.value}
              checked={selected === choice.value}
              onChange={() => onSelect(choice.value)}
              className={choiceInput}
            />
            <span data-read-sentence>{choice.text}</span>
            {marks?.[choice.value] === undefined ? (
              <span aria-hidden="true" className={chosenTag}>
                Your answer
              </span>
            ) : (
              <PartMark isRight={marks[choice.value]!} />
            )}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
