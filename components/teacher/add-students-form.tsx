'use client';

import { addStudentsByNameAction } from '@/app/(teacher)/teach/classes/[classId]/actions';
import { useFormAction } from '@/components/forms/use-form-action';
import { Button } from '@/components/ui/button';
import { TextAreaField } from '@/components/ui/text-field';
import { FormError, StatusMessage } from '@/components/ui/status-message';
import { SignInCards } from './sign-in-cards';

/**
 * Students without email: the teacher writes their names; Sourcewise makes their accounts, puts
 * them on the class and answers with their sign-in cards, to print there and then.
 */
export function AddStudentsForm({ classId }: { classId: string }) {
  const { state, isPending, formProps, fieldError, formError } = useFormAction(addStudentsByNameAction);
  const cards = state?.ok ? state.cards : [];
  return (
    <div className="space-y-6">
      <form {...formProps} className="space-y-4">
        <input type="hidden" name="classId" value={classId} />
        <FormError>{formError}</FormError>
        <TextAreaField
          name="names"
          label="Student names, one per line"
          hint="Up to 60 at a time. Each gets a username and a personal code on a card you print; they sign in with those, no email needed."
          rows={5}
          autoComplete="off"
          spellCheck={false}
          required
          error={fieldError('names')}
        />
        <Button type="submit" variant="primary" disabled={isPending}>
          {isPending ? 'Making accounts…' : 'Make accounts and cards'}
        </Button>
      </form>
      <StatusMessage className="font-semibold empty:hidden">
        {cards.length > 0 &&
          `Made ${cards.length === 1 ? 'an account' : `${cards.length} accounts`} and added ${cards.length === 1 ? 'it' : 'them'} to the class.`}
      </StatusMessage>
      {cards.length > 0 && <SignInCards cards={cards} headingId="new-cards-heading" />}
    </div>
  );
}
