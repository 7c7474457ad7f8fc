'use client';

import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { TextField } from '@/components/ui/text-field';
import { Button } from '@/components/ui/button';

/**
 * The class code as the teacher wrote it on the board or pasted it: small letters, spaces and
 * dashes are fine, the server reads the code out of them. A plain form underneath, which the
 * server answers with a redirect, so it works before the script loads too.
 */
export function JoinClassForm({ defaultCode = '', error: initialError }: { defaultCode?: string; error?: string }) {
  const router = useRouter();
  const [error, setError] = useState(initialError);
  const [isBusy, setIsBusy] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const code = String(new FormData(event.currentTarget).get('code') ?? '');
    if (!code.trim()) return setError('Enter the class code your teacher gave you.');
    setIsBusy(true);
    try {
      const res = await fetch('/api/classes/join', {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ code }),
      });
      if (res.ok) return router.push('/classes');
      const body = (await res.json().catch(() => ({}))) as { error?: string };
      setError(body.error ?? 'Could not join the class. Reload the page and try again.');
    } catch {
      setError('Could not reach Sourcewise. Check your connection and try again.');
    }
    setIsBusy(false);
  }

  return (
    <form method="post" action="/api/classes/join" noValidate onSubmit={onSubmit} className="space-y-4">
      <TextField
        name="code"
        label="Class code"
        hint="8 letters and digits, like ABCD-EFGH. Small letters, spaces and dashes are fine."
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        required
        maxLength={40}
        defaultValue={defaultCode}
        error={error}
        className="block min-h-11 w-full rounded-lg border border-stone-500 bg-white px-3 font-mono text-lg tracking-wider uppercase aria-invalid:border-red-700 dark:border-stone-400 dark:bg-stone-900 dark:aria-invalid:border-red-400"
      />
      <Button type="submit" disabled={isBusy} variant="primary">
        {isBusy ? 'Joining…' : 'Join class'}
      </Button>
    </form>
  );
}
