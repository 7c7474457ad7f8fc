'use client';

import Link from '@/components/ui/link';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { signUpAction } from '@/app/(auth)/sign-up/actions';
import { useFormAction } from '@/components/forms/use-form-action';
import { authPageHref, continueTo, signInWithPassword } from './auth-client';
import { TextField } from '@/components/ui/text-field';
import { Button, linkClass } from '@/components/ui/button';
import { FormError, StatusMessage } from '@/components/ui/status-message';

export function SignUpForm({ next }: { next: string }) {
  const { state, isPending, formProps, fieldError, formError } = useFormAction(signUpAction);
  // What was typed, for signing in once the account exists; never rendered.
  const credentials = useRef<{ email: string; password: string } | null>(null);
  const [signInError, setSignInError] = useState<string | undefined>();
  const [isSigningIn, setIsSigningIn] = useState(false);
  const signInHref = authPageHref('/sign-in', next);

  useEffect(() => {
    const typed = credentials.current;
    if (!state?.ok || !typed) return;
    credentials.current = null;
    setIsSigningIn(true);
    void signInWithPassword(typed.email, typed.password).then((signedIn) => {
      if (signedIn.ok) return continueTo(next);
      setIsSigningIn(false);
      setSignInError(signedIn.message);
    });
  }, [state, next]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    const data = new FormData(event.currentTarget);
    credentials.current = { email: String(data.get('email') ?? ''), password: String(data.get('password') ?? '') };
    setSignInError(undefined);
    formProps.onSubmit(event);
  }

  return (
    <form {...formProps} onSubmit={onSubmit} className="space-y-5">
      <FormError>{formError ?? signInError}</FormError>
      {/* Without a script the account is made but nobody signs in for the visitor: they go on from here. */}
      <StatusMessage className="empty:hidden font-semibold">
        {state?.ok && !isSigningIn && !signInError ? (
          <>
            Your account is ready.{' '}
            <Link href={signInHref} className={linkClass}>
              Sign in
            </Link>{' '}
            to go on.
          </>
        ) : undefined}
      </StatusMessage>
      <TextField name="name" label="Name" autoComplete="name" required error={fieldError('name')} />
      <TextField name="email" label="Email" type="email" autoComplete="email" required error={fieldError('email')} />
      <TextField
        name="password"
        label="Password"
        type="password"
        autoComplete="new-password"
        required
        hint="At least 8 characters."
        error={fieldError('password')}
      />
      <fieldset aria-describedby={fieldError('role') ? 'role-error' : undefined}>
        <legend className="font-semibold">I am a</legend>
        <div className="mt-2 flex flex-wrap gap-4">
          {(['student', 'teacher'] as const).map((role) => (
            <label key={role} className="flex min-h-11 items-center gap-2">
              <input type="radio" name="role" value={role} defaultChecked={role === 'student'} className="size-5" />
              {role === 'student' ? 'Student or self-learner' : 'Teacher'}
            </label>
          ))}
        </div>
        {fieldError('role') && (
          <p id="role-error" className="text-sm font-semibold text-red-700 dark:text-red-300">
            {fieldError('role')}
          </p>
        )}
      </fieldset>
      <Button type="submit" variant="primary" disabled={isPending || isSigningIn}>
        {isPending || isSigningIn ? 'Creating your account…' : 'Create account'}
      </Button>
      <p>
        Already have an account?{' '}
        <Link href={signInHref} className={linkClass}>
          Sign in
        </Link>
      </p>
    </form>
  );
}
