'use client';

import { joinClassAction } from '@/app/(student)/join/actions';
import { useFormAction } from '@/components/forms/use-form-action';
import { Button } from '@/components/ui/button';
import { ErrorMessage } from '@/components/ui/status-message';

/** A join link's one button: the code is already known; a refusal (archived meanwhile, too many tries) is said below it. */
export function JoinButtonForm({ code }: { code: string }) {
  const { state, isPending, formProps } = useFormAction(joinClassAction);
  return (
    <form {...formProps} className="space-y-3">
      <input type="hidden" name="code" value={code} />
      <Button type="submit" disabled={isPending} variant="primary">
        {isPending ? 'Joining…' : 'Join class'}
      </Button>
      <ErrorMessage>{state?.ok === false ? state.message : undefined}</ErrorMessage>
    </form>
  );
}
