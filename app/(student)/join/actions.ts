'use server';

import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { defineAction } from '@/lib/actions/action';
import { JoinCodeSchema } from '@/lib/classes/class-inputs';
import { AppError } from '@/lib/errors';
import { clientIp } from '@/lib/limits/client-ip';
import { joinClassWithinLimit } from '@/lib/limits/join-limit';

// Both join forms (/join and a join link's button). Like the form post to /api/classes/join: what
// was typed around the code is trimmed, wrong codes count towards the limit, success opens /classes.

export const joinClassAction = defineAction(
  { auth: 'user', schema: JoinCodeSchema, revalidate: ['/classes'] },
  async ({ user, input, db }) => {
    const code = input.code.trim();
    // An empty box is a slip, not a guess: it is not counted against the student.
    if (!code)
      throw new AppError('invalid', 'Enter the class code your teacher gave you.', {
        fieldErrors: { code: 'Enter the class code your teacher gave you.' },
      });
    try {
      await joinClassWithinLimit(db, { userId: user.id, ip: clientIp(await headers()) }, code);
    } catch (error) {
      if (error instanceof AppError && !error.fieldErrors)
        throw new AppError(error.code, error.message, { fieldErrors: { code: error.message } });
      throw error;
    }
    redirect('/classes');
  },
);
