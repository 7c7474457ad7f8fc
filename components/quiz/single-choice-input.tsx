import type { OptionView } from '@/lib/attempts/views';
import type { ResponseOf } from '@/lib/grading/response';
import { RadioGroup } from './radio-group';

type Props = {
  prompt: string;
  options: OptionView[];
  value: ResponseOf<'single-choice'> | undefined;
  onChange: (response: ResponseOf<'single-choice'>) => void;
  disabled?: boolean;
  marks?: Record<string, boolean>;
};

export function SingleChoiceInput({ prompt, options, value, onChange, disabled, marks }: Props) {
  return (
    <RadioGroup
      legend={prompt}
      choices={options.map((o) => ({ value: o.token, text: o.text }))}
      selected={value?.choice}
      onSelect={(choice) => onChange({ type: 'single-choice', choice })}
      disabled={disabled}
      marks={marks}
    />
  );
}
