// POST /api/accounts – sign up: create an account (name, email, password, student or teacher); limited per address.
import { SignUpSchema, signUp } from '@/lib/auth/sign-up';
import { apiRoute } from '@/lib/http/api-route';
import { clientIp } from '@/lib/limits/client-ip';

export const POST = apiRoute(
  { auth: 'public', body: SignUpSchema, accepts: 'json-any-type', bodyLimit: 4096, invalid: 'fields', status: 201 },
  async ({ input, request, db }) => {
    const user = await signUp(db, input, clientIp(request.headers));
    return { user: { name: user.name, role: user.role } };
  },
);
