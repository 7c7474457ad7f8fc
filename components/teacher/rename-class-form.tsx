'use client';

import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { TextField } from '@/components/ui/text-field';
import { sendJson } from './send-json';
import { SubmitRow } from './submit-row';

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
      <SubmitRow label="Rename" busyLabel="Saving…" isBusy={isBusy} status={status} isSecondary />
    </form>
  );
}
