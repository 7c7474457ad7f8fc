'use client';

import { startTransition, useActionState, type FormEvent } from 'react';
import { useFixedFields } from './use-fixed-fields';

type Result = { ok: true } | { ok: false; message: string; fieldErrors?: Record<string, string> };

/**
 * A form bound to a Server Action (lib/actions/action.ts) with useActionState. Without a script the
 * browser posts the form to the action and the page comes back with its result; with one, the
 * submit is sent from here so React does not clear what was typed when the server refuses it
 * (React 19 resets a form after its `action` runs).
 */
export function useFormAction<R extends Result>(action: (previous: R | undefined, formData: FormData) => Promise<R>) {
  const [state, formAction, isPending] = useActionState(action, undefined);
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const formData = new FormData(event.currentTarget, submitter);
    startTransition(() => formAction(formData));
  }
  const failure = state?.ok === false ? (state as Extract<Result, { ok: false }>) : undefined;
  const fixed = useFixedFields(failure);
  return {
    state,
    isPending,
    // A form with its own onChange calls this one too.
    formProps: { action: formAction, onSubmit, onChange: fixed.onChange, noValidate: true },
    /** The refusal's message for one field, shown beside it until the person edits that field. */
    fieldError: (name: string): string | undefined => (fixed.isFixed(name) ? undefined : failure?.fieldErrors?.[name]),
    /** The refusal's message, unless it is a field's own (shown beside that field). */
    formError:
      failure && !Object.values(failure.fieldErrors ?? {}).includes(failure.message) ? failure.message : undefined,
  };
}
