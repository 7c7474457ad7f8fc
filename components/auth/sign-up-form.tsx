'use client';

import Link from '@/components/ui/link';
import { useState, type FormEvent } from 'react';
import { continueTo, signInWithPassword } from './auth-client';
import { TextField } from '@/components/ui/text-field';
import { Button, linkClass } from '@/components/ui/button';
import { FormError } from '@/components/ui/status-message';

type Errors = Partial<Record<'name' | 'email' | 'password' | 'role' | 'form', string>>;

export function SignUpForm({ next }: { next: string }) {
  const [errors, setErrors] = useState<Errors>({});
  const [isBusy, setIsBusy] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const input = {
      name: String(data.get('name') ?? ''),
      email: String(data.get('email') ?? ''),
      password: String(data.get('password') ?? ''),
      role: String(data.get('role') ?? 'student'),
    };
    setIsBusy(true);
    try {
      const res = await fetch('/api/accounts', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(input) });
      if (!res.ok) {
        const body = (await res.json()) as { error: string; fieldErrors?: Errors };
        setErrors({ form: body.error, ...body.fieldErrors });
        return setIsBusy(false);
      }
      const signedIn = await signInWithPassword(input.email, input.password);
      if (signedIn.ok) return continueTo(next);
      setErrors({ form: signedIn.message });
    } catch {
      setErrors({ form: 'Could not reach Sourcewise. Check your connection and try again.' });
    }
    setIsBusy(false);
  }

  return (
    <form noValidate onSubmit={onSubmit} className="space-y-5">
      <FormError>
        {errors.form}
      </FormError>
      <TextField name="name" label="Name" autoComplete="name" required error={errors.name} />
      <TextField name="email" label="Email" type="email" autoComplete="email" required error={errors.email} />
      <TextField name="password" label="Password" type="password" autoComplete="new-password" required hint="At least 8 characters." error={errors.password} />
      <fieldset aria-describedby={errors.role ? 'role-error' : undefined}>
        <legend className="font-semibold">I am a</legend>
        <div className="mt-2 flex flex-wrap gap-4">
          {(['student', 'teacher'] as const).map((role) => (
            <label key={role} className="flex min-h-11 items-center gap-2">
              <input type="radio" name="role" value={role} defaultChecked={role === 'student'} className="size-5" />
              {role === 'student' ? 'Student or self-learner' : 'Teacher'}
            </label>
          ))}
        </div>
        {errors.role && (
          <p id="role-error" className="text-sm font-semibold text-red-700 dark:text-red-300">
            {errors.role}
          </p>
        )}
      </fieldset>
      <Button type="submit" variant="primary" disabled={isBusy}>
        {isBusy ? 'Creating your account…' : 'Create account'}
      </Button>
      <p>
        Already have an account?{' '}
        <Link href={`/sign-in?callbackUrl=${encodeURIComponent(next)}`} className={linkClass}>
          Sign in
        </Link>
      </p>
    </form>
  );
}
