'use client';

import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { TextField } from '@/components/auth/text-field';
import { secondaryButton } from '@/components/quiz/styles';
import { sendJson } from './send-json';

export function RenameClassForm({ classId, name }: { classId: string; name: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | undefined>();
  const [status, setStatus] = useState('');
  const [isBusy, setIsBusy] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const next = String(new FormData(event.currentTarget).get('name') ?? '');
    setStatus('');
    if (!next.trim()) return setError('Enter a name for the class, such as "Year 10 History".');
    setIsBusy(true);
    const result = await sendJson<{ class: { name: string } }>(`/api/classes/${encodeURIComponent(classId)}`, 'PATCH', { name: next });
    setIsBusy(false);
    if (!result.ok) return setError(result.message);
    setError(undefined);
    setStatus(`Saved. The class is now called ${result.body.class.name}.`);
    router.refresh();
  }

  return (
    <form noValidate onSubmit={onSubmit} className="space-y-3">
      <TextField name="name" label="Class name" autoComplete="off" maxLength={100} required defaultValue={name} error={error} />
      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" disabled={isBusy} className={secondaryButton}>
          {isBusy ? 'Saving…' : 'Rename'}
        </button>
        <p role="status" className="text-sm font-semibold text-stone-800 dark:text-stone-200">
          {status}
        </p>
      </div>
    </form>
  );
}
