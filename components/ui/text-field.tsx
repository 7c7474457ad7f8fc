import type { InputHTMLAttributes, ReactNode, TextareaHTMLAttributes } from 'react';
import { FieldError, describedBy, fieldControl, fieldHint, fieldLabel } from './field';

type Labelled = { name: string; label: string; error?: string; hint?: string };

/** The label, hint and error around one control, tied to it for screen readers. */
function FieldFrame({
  name,
  label,
  error,
  hint,
  control,
}: Labelled & { control: (aria: { 'aria-invalid'?: true; 'aria-describedby'?: string }) => ReactNode }) {
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
      {control({
        'aria-invalid': error ? true : undefined,
        'aria-describedby': describedBy({ hintId: hint ? hintId : undefined, errorId: error ? errorId : undefined }),
      })}
      <FieldError id={errorId} error={error} />
    </div>
  );
}

/** A labelled input whose hint and error sit with it and are tied to it for screen readers. */
export function TextField({ name, label, error, hint, ...input }: InputHTMLAttributes<HTMLInputElement> & Labelled) {
  return (
    <FieldFrame
      {...{ name, label, error, hint }}
      control={(aria) => <input id={name} name={name} {...aria} className={fieldControl} {...input} />}
    />
  );
}

/** The same for several lines of text (a list of names). */
export function TextAreaField({
  name,
  label,
  error,
  hint,
  ...textarea
}: TextareaHTMLAttributes<HTMLTextAreaElement> & Labelled) {
  return (
    <FieldFrame
      {...{ name, label, error, hint }}
      control={(aria) => <textarea id={name} name={name} {...aria} className={`${fieldControl} py-2`} {...textarea} />}
    />
  );
}
