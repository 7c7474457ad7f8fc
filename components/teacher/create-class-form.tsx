'use client';

import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { TextField } from '@/components/ui/text-field';
import { sendJson } from './send-json';
import { Button } from '@/components/ui/button';

/**
 * Names a new class and opens its page, where the join code is. A plain form underneath: before
 * the script loads, the server creates the class and redirects there itself.
 */
export function CreateClassForm() {
  const router = useRouter();
  const [error, setError] = useState<string | undefined>();
  const [isBusy, setIsBusy] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const name = String(new FormData(event.currentTarget).get('name') ?? '');
    if (!name.trim()) return setError('Enter a name for the class, such as "Year 10 History".');
    setIsBusy(true);
    const result = await sendJson<{ href: string }>('/api/classes', 'POST', { name });
    if (result.ok) return router.push(result.body.href);
    setIsBusy(false);
    setError(result.message);
  }

  return (
    <form method="post" action="/api/classes" noValidate onSubmit={onSubmit} className="space-y-4">
      <TextField name="name" label="Class name" autoComplete="off" maxLength={100} required hint="For example, Year 10 History." error={error} />
      <Button type="submit" disabled={isBusy} variant="primary">
        {isBusy ? 'Creating…' : 'Create class'}
      </Button>
    </form>
  );
}
