import type { OptionView } from '@/lib/attempts/views';
import type { ResponseOf } from '@/lib/grading/response';
import { RadioGroup } from './radio-group';

type Props = {
  prompt: string;
  options: OptionView[];
  value: ResponseOf<'who-says-so'> | undefined;
  onChange: (response: ResponseOf<'who-says-so'>) => void;
  disabled?: boolean;
};

/** Sorts a statement into what the pact provides, what someone claims, or what analysts think. */
export function WhoSaysSoInput({ prompt, options, value, onChange, disabled }: Props) {
  return (
    <RadioGroup
      legend={prompt}
      intro={<p className="mb-3 text-stone-700 dark:text-stone-300">Who is the source of this statement?</p>}
      choices={options.map((o) => ({ value: o.token, text: o.text }))}
      selected={value?.choice}
      onSelect={(choice) => onChange({ type: 'who-says-so', choice })}
      disabled={disabled}
    />
  );
}
