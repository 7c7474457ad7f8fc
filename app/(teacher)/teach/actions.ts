'use server';

import { redirect } from 'next/navigation';
import { defineAction } from '@/lib/actions/action';
import { withFieldError } from '@/lib/actions/field-error';
import { CreateClassSchema } from '@/lib/classes/class-inputs';
import { createClass } from '@/lib/classes/create-class';

// The teacher dashboard's form. Like the form post to /api/classes, success opens the new class.

export const createClassAction = defineAction(
  { auth: { can: 'class.write' }, schema: CreateClassSchema, revalidate: ['/teach'] },
  async ({ user, input, db }) => {
    const created = await withFieldError('name', () => createClass(db, user.id, input.name));
    redirect(`/teach/classes/${created.id}`);
  },
);
