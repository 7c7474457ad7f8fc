'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { sendJson } from './send-json';
import { Button } from '@/components/ui/button';
import { StatusMessage } from '@/components/ui/status-message';

/** Archiving is undone with the same button, so it needs no confirmation; the result is announced. */
export function ArchiveClassButton({ classId, isArchived }: { classId: string; isArchived: boolean }) {
  const router = useRouter();
  const [status, setStatus] = useState('');
  const [isBusy, setIsBusy] = useState(false);

  async function toggle() {
    setIsBusy(true);
    setStatus('');
    const result = await sendJson(`/api/classes/${encodeURIComponent(classId)}`, 'PATCH', { archived: !isArchived });
    setIsBusy(false);
    if (!result.ok) return setStatus(result.message);
    setStatus(isArchived ? 'Unarchived. Students can join with the code again.' : 'Archived. The code no longer lets anyone join.');
    router.refresh();
  }

  return (
    <div className="space-y-2">
      <p className="leading-relaxed text-stone-700 dark:text-stone-300">
        {isArchived
          ? 'This class is archived. Unarchive it to let students join with its code again.'
          : 'Archive a class when it has finished. Its students stay on the roster, but no one new can join.'}
      </p>
      <div className="flex flex-wrap items-center gap-4">
        <Button type="button" disabled={isBusy} onClick={toggle} variant="secondary">
          {isArchived ? 'Unarchive class' : 'Archive class'}
        </Button>
        <StatusMessage>
          {status}
        </StatusMessage>
      </div>
    </div>
  );
}
