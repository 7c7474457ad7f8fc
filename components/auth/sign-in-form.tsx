'use client';

import Link from '@/components/ui/link';
import { useState, type FormEvent } from 'react';
import { continueTo, signInWithPassword } from './auth-client';
import { TextField } from './text-field';

export function SignInForm({ next }: { next: string }) {
  const [errors, setErrors] = useState<{ email?: string; password?: string; form?: string }>({});
  const [isBusy, setIsBusy] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const email = String(data.get('email') ?? '').trim();
    const password = String(data.get('password') ?? '');
    const found = { email: email ? undefined : 'Enter your email address.', password: password ? undefined : 'Enter your password.' };
    if (found.email || found.password) return setErrors(found);
    setIsBusy(true);
    const result = await signInWithPassword(email, password);
    if (result.ok) return continueTo(next);
    setIsBusy(false);
    setErrors({ form: result.message });
  }

  return (
    <form noValidate onSubmit={onSubmit} className="space-y-5">
      <div role="alert" className="empty:hidden rounded-lg border border-red-700 p-3 font-semibold text-red-700 dark:border-red-300 dark:text-red-300">
        {errors.form}
      </div>
      <TextField name="email" label="Email" type="email" autoComplete="email" required error={errors.email} />
      <TextField name="password" label="Password" type="password" autoComplete="current-password" required error={errors.password} />
      <button
        type="submit"
        disabled={isBusy}
        className="min-h-11 rounded-lg bg-blue-700 px-5 font-semibold text-white hover:bg-blue-800 disabled:opacity-70 dark:bg-blue-300 dark:text-stone-950"
      >
        {isBusy ? 'Signing in…' : 'Sign in'}
      </button>
      <p>
        New here?{' '}
        <Link href={`/sign-up?callbackUrl=${encodeURIComponent(next)}`} className="text-blue-700 underline underline-offset-4 dark:text-blue-300">
          Create an account
        </Link>
      </p>
    </form>
  );
}
