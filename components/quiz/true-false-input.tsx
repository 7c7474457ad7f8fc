import type { ResponseOf } from '@/lib/grading/response';
import { RadioGroup } from './radio-group';

type Props = {
  prompt: string;
  value: ResponseOf<'true-false'> | undefined;
  onChange: (response: ResponseOf<'true-false'>) => void;
  disabled?: boolean;
  marks?: Record<string, boolean>;
};

const CHOICES = [
  { value: 'true', text: 'True' },
  { value: 'false', text: 'False' },
];

export function TrueFalseInput({ prompt, value, onChange, disabled, marks }: Props) {
  return (
    <RadioGroup
      legend={prompt}
      choices={CHOICES}
      selected={value === undefined ? undefined : String(value.value)}
      onSelect={(choice) => onChange({ type: 'true-false', value: choice === 'true' })}
      disabled={disabled}
      marks={marks}
    />
  );
}
