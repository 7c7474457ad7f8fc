import type { SelectHTMLAttributes } from 'react';
import { FieldError, fieldControl, fieldLabel } from './field';

type Props = SelectHTMLAttributes<HTMLSelectElement> & {
  name: string;
  label: string;
  options: { value: string; label: string }[];
  error?: string;
};

/** A labelled select whose error sits right below it and is tied to it for screen readers. */
export function SelectField({ name, label, options, error, ...select }: Props) {
  const errorId = `${name}-error`;
  return (
    <div className="space-y-1">
      <label htmlFor={name} className={fieldLabel}>
        {label}
      </label>
      <select
        id={name}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        className={fieldControl}
        {...select}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <FieldError id={errorId} error={error} />
    </div>
  );
}
