'use client';

import { createClassAction } from '@/app/(teacher)/teach/actions';
import { useFormAction } from '@/components/forms/use-form-action';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/text-field';
import { FormError } from '@/components/ui/status-message';

/** Names a new class and opens its page, where the join code is (the action redirects there, with or without a script). */
export function CreateClassForm() {
  const { isPending, formProps, fieldError, formError } = useFormAction(createClassAction);
  return (
    <form {...formProps} className="space-y-4">
      <FormError>{formError}</FormError>
      <TextField
        name="name"
        label="Class name"
        autoComplete="off"
        maxLength={100}
        required
        hint="For example, Year 10 History."
        error={fieldError('name')}
      />
      <Button type="submit" disabled={isPending} variant="primary">
        {isPending ? 'Creating…' : 'Create class'}
      </Button>
    </form>
  );
}
