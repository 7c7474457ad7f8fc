'use client';

import { useId, useState } from 'react';
import { FieldError, describedBy, fieldControl, fieldHint } from '@/components/ui/field';

// The time limit as a choice (none, or so many minutes) rather than a free text box: a box to
// tick, then a number field for the minutes, with the usual lengths one tap away. It posts `timeLimitMinutes`, empty
// for no limit, exactly what the server's parser reads (lib/assignments/assignment-fields.ts).

export const TIME_LIMIT_PRESETS = [10, 20, 30, 45, 60] as const;
export const MAX_TIME_LIMIT_MINUTES = 600;

type Props = {
  /** Null: no time limit. */
  defaultMinutes?: number | null;
  error?: string;
  /** Called with the minutes as typed ('' for none), so a preview can follow. */
  onChange?: (minutes: string) => void;
};

const choice = 'flex min-h-11 items-center gap-2';

export function TimeLimitField({ defaultMinutes = null, error, onChange }: Props) {
  const [isLimited, setIsLimited] = useState(defaultMinutes !== null);
  const [minutes, setMinutes] = useState(defaultMinutes === null ? '20' : String(defaultMinutes));
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = 'timeLimitMinutes-error';
  const update = (limited: boolean, value: string) => {
    setIsLimited(limited);
    setMinutes(value);
    onChange?.(limited ? value : '');
  };
  return (
    <fieldset aria-describedby={describedBy({ hintId, errorId: error ? errorId : undefined })} className="space-y-2">
      <legend className="font-semibold">Time limit</legend>
      <p id={hintId} className={fieldHint}>
        Each attempt ends on its own when time runs out; what was saved by then is handed in.
      </p>
      {/* Not posted (the strict form schema takes only the minutes): it shows or hides them. */}
      <label className={choice}>
        <input
          type="checkbox"
          checked={isLimited}
          onChange={(event) => update(event.target.checked, minutes)}
          className="size-5"
        />
        Limit the time for each attempt
      </label>
      {isLimited && (
        <div className="space-y-2">
          <div className="flex items-center gap-2">
            <input
              id="timeLimitMinutes"
              name="timeLimitMinutes"
              type="number"
              inputMode="numeric"
              min={1}
              max={MAX_TIME_LIMIT_MINUTES}
              step={1}
              value={minutes}
              onChange={(event) => update(true, event.target.value)}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? errorId : undefined}
              className={fieldControl.replace('w-full', 'w-28')}
            />
            <label htmlFor="timeLimitMinutes">minutes per attempt</label>
          </div>
          <div role="group" aria-label="Common time limits" className="flex flex-wrap gap-2">
            {TIME_LIMIT_PRESETS.map((preset) => (
              <button
                key={preset}
                type="button"
                aria-pressed={minutes === String(preset)}
                onClick={() => update(true, String(preset))}
                className="min-h-11 min-w-11 rounded-lg border border-stone-500 px-3 text-sm font-semibold underline-offset-4 hover:underline focus-visible:outline-2 focus-visible:outline-offset-2 aria-pressed:bg-stone-900 aria-pressed:text-white dark:border-stone-400 dark:aria-pressed:bg-stone-100 dark:aria-pressed:text-stone-900"
              >
                {preset} min
              </button>
            ))}
          </div>
        </div>
      )}
      {/* No limit posts an empty value, as the field's absence would. */}
      {!isLimited && <input type="hidden" name="timeLimitMinutes" value="" />}
      <FieldError id={errorId} error={error} />
    </fieldset>
  );
}
