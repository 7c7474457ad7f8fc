'use client';

import { joinClassAction } from '@/app/(student)/join/actions';
import { useFormAction } from '@/components/forms/use-form-action';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/text-field';

/**
 * The class code as the teacher wrote it on the board or pasted it: small letters, spaces and
 * dashes are fine, the server reads the code out of them. A Server Action form, so it works
 * before the script loads too; every refusal is shown at the field.
 */
export function JoinClassForm({ defaultCode = '', error: initialError }: { defaultCode?: string; error?: string }) {
  const { state, isPending, formProps, fieldError } = useFormAction(joinClassAction);
  return (
    <form {...formProps} className="space-y-4">
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
        error={state === undefined ? initialError : fieldError('code')}
        className="block min-h-11 w-full rounded-lg border border-stone-500 bg-white px-3 font-mono text-lg tracking-wider uppercase aria-invalid:border-red-700 dark:border-stone-400 dark:bg-stone-900 dark:aria-invalid:border-red-400"
      />
      <Button type="submit" disabled={isPending} variant="primary">
        {isPending ? 'Joining…' : 'Join class'}
      </Button>
    </form>
  );
}
