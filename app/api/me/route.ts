// GET /api/me – who is signed in (name and role); null for guests and for a signed-out session.
// The header of a dynamic page renders this on the server (components/ui/page-chrome.tsx); a
// prerendered page's header asks for it from the browser (components/ui/account-slot.tsx).
import { apiRoute } from '@/lib/http/api-route';

export const GET = apiRoute({ auth: 'anyone', database: false }, async ({ user }) => ({
  user: user ? { name: user.name, role: user.role } : null,
}));
