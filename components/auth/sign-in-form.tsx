'use client';

import Link from '@/components/ui/link';
import { useState, type FormEvent } from 'react';
import { authPageHref, continueTo, signInWithPassword } from './auth-client';
import { TextField } from '@/components/ui/text-field';
import { Button, linkClass } from '@/components/ui/button';
import { FormError } from '@/components/ui/status-message';
import { useFixedFields } from '@/components/forms/use-fixed-fields';

export function SignInForm({ next }: { next: string }) {
  const [errors, setErrors] = useState<{ email?: string; password?: string; form?: string }>({});
  const [isBusy, setIsBusy] = useState(false);
  const fixed = useFixedFields(errors);
  const fieldError = (name: 'email' | 'password') => (fixed.isFixed(name) ? undefined : errors[name]);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const email = String(data.get('email') ?? '').trim();
    const password = String(data.get('password') ?? '');
    const found = {
      email: email ? undefined : 'Enter your email address, or the username on your sign-in card.',
      password: password ? undefined : 'Enter your password, or the personal code on your sign-in card.',
    };
    if (found.email || found.password) return setErrors(found);
    setIsBusy(true);
    const result = await signInWithPassword(email, password);
    if (result.ok) return continueTo(next);
    setIsBusy(false);
    setErrors({ form: result.message });
  }

  return (
    <form noValidate onSubmit={onSubmit} onChange={fixed.onChange} className="space-y-5">
      <FormError>{errors.form}</FormError>
      {/* One form for both: a sign-in card's username and personal code go where an email and password go. */}
      <TextField
        name="email"
        label="Email or username"
        type="text"
        inputMode="email"
        autoCapitalize="none"
        autoCorrect="off"
        spellCheck={false}
        autoComplete="username"
        required
        error={fieldError('email')}
      />
      <TextField
        name="password"
        label="Password or personal code"
        hint="Have a sign-in card from your teacher? Type its username and personal code."
        type="password"
        autoComplete="current-password"
        required
        error={fieldError('password')}
      />
      <Button type="submit" variant="primary" disabled={isBusy}>
        {isBusy ? 'Signing in…' : 'Sign in'}
      </Button>
      <p>
        New here?{' '}
        <Link href={authPageHref('/sign-up', next)} className={linkClass}>
          Create an account
        </Link>
      </p>
    </form>
  );
}
