'use client';

import { renameClassAction } from '@/app/(teacher)/teach/classes/[classId]/actions';
import { useFormAction } from '@/components/forms/use-form-action';
import { TextField } from '@/components/ui/text-field';
import { FormError } from '@/components/ui/status-message';
import { SubmitRow } from './submit-row';

export function RenameClassForm({ classId, name }: { classId: string; name: string }) {
  const { state, isPending, formProps, fieldError, formError } = useFormAction(renameClassAction);
  return (
    <form {...formProps} className="space-y-3">
      <input type="hidden" name="classId" value={classId} />
      <FormError>{formError}</FormError>
      <TextField
        name="name"
        label="Class name"
        autoComplete="off"
        maxLength={100}
        required
        defaultValue={name}
        error={fieldError('name')}
      />
      <SubmitRow
        label="Rename"
        busyLabel="Saving…"
        isBusy={isPending}
        status={state?.ok ? `Saved. The class is now called ${state.name}.` : ''}
        isSecondary
      />
    </form>
  );
}
