// GET /api/me – who is signed in (name and role), for the header's account menu; null for guests.
import { getCurrentUser } from '@/lib/auth/session';
import { jsonOk } from '@/lib/http/json';

export async function GET() {
  const user = await getCurrentUser();
  return jsonOk({ user: user ? { name: user.name, role: user.role } : null });
}
