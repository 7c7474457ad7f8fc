'use server';

import { headers } from 'next/headers';
import { defineAction } from '@/lib/actions/action';
import { SignUpSchema, signUp } from '@/lib/auth/sign-up';
import { clientIp } from '@/lib/limits/client-ip';

// The sign-up form, as POST /api/accounts: the same schema, the same limit per address. Signing in
// afterwards is next-auth's (components/auth/auth-client.ts), from the browser.

export const signUpAction = defineAction({ auth: 'public', schema: SignUpSchema }, async ({ input, db }) => {
  const user = await signUp(db, input, clientIp(await headers()));
  return { name: user.name };
});
