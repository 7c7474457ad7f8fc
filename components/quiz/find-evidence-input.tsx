import type { OptionView } from '@/lib/attempts/views';
import type { ResponseOf } from '@/lib/grading/response';
import { RadioGroup } from './radio-group';

type Props = {
  prompt: string;
  paragraphNumber: number;
  options: OptionView[];
  value: ResponseOf<'find-evidence'> | undefined;
  onChange: (response: ResponseOf<'find-evidence'>) => void;
  disabled?: boolean;
  marks?: Record<string, boolean>;
};

/** Each choice is one sentence of the named paragraph, in the article's order. */
export function FindEvidenceInput({ prompt, paragraphNumber, options, value, onChange, disabled, marks }: Props) {
  return (
    <RadioGroup
      legend={prompt}
      intro={
        <p className="mb-3 text-sm font-semibold uppercase tracking-wide text-stone-700 dark:text-stone-300">
          Paragraph {paragraphNumber}
        </p>
      }
      choices={options.map((o) => ({ value: o.token, text: o.text }))}
      selected={value?.choice}
      onSelect={(choice) => onChange({ type: 'find-evidence', choice })}
      disabled={disabled}
      marks={marks}
    />
  );
}
