import type { InputHTMLAttributes } from 'react';
import { FieldError, describedBy, fieldControl, fieldHint, fieldLabel } from './field';

type Props = InputHTMLAttributes<HTMLInputElement> & { name: string; label: string; error?: string; hint?: string };

/** A labelled input whose hint and error sit with it and are tied to it for screen readers. */
export function TextField({ name, label, error, hint, ...input }: Props) {
  const errorId = `${name}-error`;
  const hintId = `${name}-hint`;
  return (
    <div className="space-y-1">
      <label htmlFor={name} className={fieldLabel}>
        {label}
      </label>
      {hint && (
        <p id={hintId} className={fieldHint}>
          {hint}
        </p>
      )}
      <input
        id={name}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy({ hintId: hint ? hintId : undefined, errorId: error ? errorId : undefined })}
        className={fieldControl}
        {...input}
      />
      <FieldError id={errorId} error={error} />
    </div>
  );
}
