'use client';

import type { ReactNode } from 'react';
import { Button, type ButtonVariant } from '@/components/ui/button';
import type { ActionResult } from '@/lib/actions/action';
import { ErrorMessage } from '@/components/ui/status-message';
import { useFormAction } from './use-form-action';

type Props = {
  action: (
    previous: ActionResult<Record<string, unknown>> | undefined,
    formData: FormData,
  ) => Promise<ActionResult<Record<string, unknown>>>;
  /** Hidden fields: what the button acts on. */
  fields: Record<string, string | undefined>;
  children: ReactNode;
  variant?: ButtonVariant;
};

/**
 * One button that runs a Server Action (start an attempt, a retake, a review) whose success
 * redirects; it works before any script loads. A refusal (too many guest attempts, nothing to
 * review) is said below the button.
 */
export function ActionButtonForm({ action, fields, children, variant = 'primary' }: Props) {
  const { state, isPending, formProps } = useFormAction(action);
  return (
    <form {...formProps}>
      {Object.entries(fields).map(
        ([name, value]) => value !== undefined && <input key={name} type="hidden" name={name} value={value} />,
      )}
      <Button type="submit" variant={variant} disabled={isPending}>
        {children}
      </Button>
      <ErrorMessage className="mt-2 text-sm font-semibold text-red-700 empty:hidden dark:text-red-300">
        {state?.ok === false ? state.message : undefined}
      </ErrorMessage>
    </form>
  );
}
