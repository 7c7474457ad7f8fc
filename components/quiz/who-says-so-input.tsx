import type { OptionView } from '@/lib/attempts/views';
import type { ResponseOf } from '@/lib/grading/response';
import { WHO_SAYS_SO_RULE } from '@/lib/content/who-says-so-rule';
import { RadioGroup } from './radio-group';

type Props = {
  prompt: string;
  options: OptionView[];
  value: ResponseOf<'who-says-so'> | undefined;
  onChange: (response: ResponseOf<'who-says-so'>) => void;
  disabled?: boolean;
  marks?: Record<string, boolean>;
};

/** Sorts a statement into what the pact provides, what someone claims, what analysts think, or the writer's own judgment. */
export function WhoSaysSoInput({ prompt, options, value, onChange, disabled, marks }: Props) {
  return (
    <RadioGroup
      legend={prompt}
      intro={
        <div className="mb-3 space-y-1">
          <p className="text-stone-700 dark:text-stone-300">Who is the source of this statement?</p>
          <p className="text-sm text-stone-600 dark:text-stone-400">{WHO_SAYS_SO_RULE}</p>
        </div>
      }
      choices={options.map((o) => ({ value: o.token, text: o.text }))}
      selected={value?.choice}
      onSelect={(choice) => onChange({ type: 'who-says-so', choice })}
      disabled={disabled}
      marks={marks}
    />
  );
}
