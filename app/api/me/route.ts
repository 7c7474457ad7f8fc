// GET /api/me – who is signed in (name and role); null for guests and for a signed-out session.
// The header renders this on the server (app/layout.tsx); the route is for scripts and tests.
import { getCurrentUser } from '@/lib/auth/session';
import { jsonOk } from '@/lib/http/json';

export async function GET() {
  const user = await getCurrentUser();
  return jsonOk({ user: user ? { name: user.name, role: user.role } : null });
}
