'use client';

import { useState, useTransition } from 'react';
import { newSignInCardAction } from '@/app/(teacher)/teach/classes/[classId]/actions';
import { toFormData } from '@/components/forms/form-data';
import { ConfirmDialog } from '@/components/ui/dialog';
import { ErrorMessage, errorText } from '@/components/ui/status-message';
import type { SignInCard } from '@/lib/classes/sign-in-card';
import type { RosterEntry } from '@/lib/classes/views';
import { SignInCards } from './sign-in-cards';

/**
 * "Give Maya a new sign-in card?" for a lost card: confirmed, because the old code stops working
 * and the student is signed out; then the new card, to print (its code is shown only then).
 */
export function NewCardControl({
  classId,
  student,
  onDone,
}: {
  classId: string;
  student: RosterEntry | undefined;
  onDone: () => void;
}) {
  const [isBusy, startMaking] = useTransition();
  const [error, setError] = useState('');
  const [card, setCard] = useState<SignInCard | undefined>();

  function confirm() {
    if (!student) return;
    startMaking(async () => {
      const result = await newSignInCardAction(undefined, toFormData({ classId, studentId: student.studentId }));
      if (!result.ok) return setError(result.message);
      setError('');
      setCard(result.card);
      onDone();
    });
  }

  return (
    <>
      <ConfirmDialog
        isOpen={student !== undefined}
        title={`Give ${student?.name ?? ''} a new sign-in card?`}
        status={<ErrorMessage className={`${errorText} mt-3 text-sm empty:hidden`}>{error}</ErrorMessage>}
        cancelLabel="Cancel"
        confirmLabel="Make a new card"
        busyLabel="Making…"
        isBusy={isBusy}
        onConfirm={confirm}
        onCancel={() => {
          setError('');
          onDone();
        }}
      >
        <p>
          Their username stays {student?.email}. Their current personal code stops working at once, and they are signed
          out on every device until they sign in with the new card.
        </p>
      </ConfirmDialog>
      {card && <SignInCards cards={[card]} headingId="renewed-card-heading" />}
    </>
  );
}
