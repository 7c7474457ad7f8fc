// GET/POST /api/auth/* – next-auth (sign in, sign out, session, csrf, OAuth callbacks); a blocked sign-in is a 429.
import NextAuth from 'next-auth';
import { authOptions, enabledOAuthProviders, SESSION_COOKIE } from '@/lib/auth/options';
import { getCurrentUser } from '@/lib/auth/session';
import { runWithSignInDecision } from '@/lib/auth/sign-in-decision';
import { AppError } from '@/lib/errors';
import { readBodyText } from '@/lib/http/body';
import { errorResponse, jsonError } from '@/lib/http/error-response';
import { assertSameOrigin } from '@/lib/http/request-origin';
import { jsonOk } from '@/lib/http/respond';
import { tooManyRequests } from '@/lib/http/too-many-requests';
import { RateLimitedError } from '@/lib/limits/rate-limited';

type Context = { params: Promise<{ nextauth: string[] }> };

// next-auth's forms carry an email, a password and a CSRF token: a few hundred bytes.
const AUTH_BODY_LIMIT = 8 * 1024;

const GET_ACTIONS = new Set(['session', 'csrf', 'providers', 'signin', 'signout', 'error']);
const POST_ACTIONS = new Set(['signout', 'session', '_log']);

/**
 * next-auth reads only the first two path segments and ignores the rest, so it would sign in at
 * /api/auth/callback/credentials/anything. Only the addresses it really serves, with a provider
 * this server has, reach it; anything else is a 404 that nobody can sign in through.
 */
function isSupportedPath(method: 'GET' | 'POST', segments: string[]): boolean {
  const [action, provider, ...rest] = segments;
  if (!action || rest.length > 0) return false;
  if (provider === undefined) return (method === 'GET' ? GET_ACTIONS : POST_ACTIONS).has(action);
  if (action !== 'signin' && action !== 'callback') return false;
  const providers = ['credentials', ...enabledOAuthProviders().map((p) => p.id)];
  if (!providers.includes(provider)) return false;
  // Email and password are only ever posted; a GET there is nobody's sign-in.
  return provider !== 'credentials' || method === 'POST';
}

const noSuchAddress = () => jsonError(404, 'There is no such sign-in address. Sign in at /sign-in.');

/** Whatever next-auth answers (a session, a CSRF token, a redirect) is for this browser only. */
async function handler(request: Request, context: Context): Promise<Response> {
  const response = (await NextAuth(authOptions())(request, context)) as Response;
  response.headers.set('Cache-Control', 'private, no-store');
  return response;
}

export async function GET(request: Request, context: Context) {
  const { nextauth } = await context.params;
  if (!isSupportedPath('GET', nextauth)) return noSuchAddress();
  if (nextauth.join('/') === 'session' && !(await getCurrentUser())) {
    // next-auth alone would still vouch for a signed-out (revoked) token until it expires: its
    // session endpoint only decodes the JWT. In v4 the only way to refuse one from inside is to
    // throw in the jwt callback, which it logs as a JWT_SESSION_ERROR on every such request; this is
    // the same one query, answered as next-auth answers no session. auth-client.test.ts checks it.
    const response = jsonOk({});
    if (request.headers.get('cookie')?.includes(`${SESSION_COOKIE}=`))
      response.cookies.set(SESSION_COOKIE, '', { path: '/', maxAge: 0 });
    return response;
  }
  return handler(request, context);
}

export async function POST(request: Request, context: Context) {
  const { nextauth } = await context.params;
  if (!isSupportedPath('POST', nextauth)) return noSuchAddress();
  try {
    // Every next-auth POST is a form from this site. (An OAuth provider that posts its callback
    // cross-site, "form_post", would need an exception here; Google, Microsoft and GitHub do not.)
    assertSameOrigin(request);
    if (!(request.headers.get('content-type') ?? '').toLowerCase().startsWith('application/x-www-form-urlencoded')) {
      throw new AppError('unsupported_media_type', 'Send the form as application/x-www-form-urlencoded.');
    }
    // Only the size is checked here: what the body says is next-auth's to read, once, and the
    // sign-in limit is applied to what it read (lib/auth/options.ts, authorize).
    await readBodyText(request.clone(), AUTH_BODY_LIMIT);
  } catch (error) {
    if (error instanceof AppError) return errorResponse(error);
    throw error;
  }
  const { result, decision } = await runWithSignInDecision(() => handler(request, context));
  // authorize refused before checking the password, and returned no user: next-auth set no session.
  if (decision.retryAfterSeconds > 0)
    return tooManyRequests(new RateLimitedError(decision.retryAfterSeconds, 'Too many attempts to sign in.'));
  return result;
}
