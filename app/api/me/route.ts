// GET /api/me – who is signed in (name and role); null for guests and for a signed-out session.
// The header renders this on the server (app/layout.tsx); the route is for scripts and tests.
import { apiRoute } from '@/lib/http/api-route';

export const GET = apiRoute({ auth: 'anyone', database: false }, async ({ user }) => ({
  user: user ? { name: user.name, role: user.role } : null,
}));
