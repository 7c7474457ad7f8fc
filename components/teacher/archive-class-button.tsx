'use client';

import { archiveClassAction } from '@/app/(teacher)/teach/classes/[classId]/actions';
import { useFormAction } from '@/components/forms/use-form-action';
import { Button } from '@/components/ui/button';
import { StatusMessage } from '@/components/ui/status-message';

/** Archiving is undone with the same button, so it needs no confirmation; the result is announced. */
export function ArchiveClassButton({ classId, isArchived }: { classId: string; isArchived: boolean }) {
  const { state, isPending, formProps } = useFormAction(archiveClassAction);
  const status =
    state === undefined
      ? ''
      : !state.ok
        ? state.message
        : state.isArchived
          ? 'Archived. The code no longer lets anyone join.'
          : 'Unarchived. Students can join with the code again.';
  return (
    <form {...formProps} className="space-y-2">
      <input type="hidden" name="classId" value={classId} />
      <input type="hidden" name="archived" value={isArchived ? 'false' : 'true'} />
      <p className="leading-relaxed text-stone-700 dark:text-stone-300">
        {isArchived
          ? 'This class is archived. Unarchive it to let students join with its code again.'
          : 'Archive a class when it has finished. Its students stay on the roster, but no one new can join.'}
      </p>
      <div className="flex flex-wrap items-center gap-4">
        <Button type="submit" disabled={isPending} variant="secondary">
          {isArchived ? 'Unarchive class' : 'Archive class'}
        </Button>
        <StatusMessage>{status}</StatusMessage>
      </div>
    </form>
  );
}
