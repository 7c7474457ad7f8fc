// GET/POST /api/auth/* – next-auth (sign in, sign out, session, csrf, OAuth callbacks); sign-in is throttled.
import NextAuth from 'next-auth';
import { authOptions, clientIp, SESSION_COOKIE } from '@/lib/auth/options';
import { getCurrentUser } from '@/lib/auth/session';
import { signInRetryAfter, throttleStoreFor } from '@/lib/auth/throttle';
import { getDb } from '@/lib/db';
import { assertSameOrigin, HttpError, jsonError, jsonOk, readBodyText } from '@/lib/http/json';

type Context = { params: Promise<{ nextauth: string[] }> };

// next-auth's forms carry an email, a password and a CSRF token: a few hundred bytes.
const AUTH_BODY_LIMIT = 8 * 1024;

/** Whatever next-auth answers (a session, a CSRF token, a redirect) is for this browser only. */
async function handler(request: Request, context: Context): Promise<Response> {
  const response = (await NextAuth(authOptions())(request, context)) as Response;
  response.headers.set('Cache-Control', 'private, no-store');
  return response;
}

export async function GET(request: Request, context: Context) {
  const { nextauth } = await context.params;
  if (nextauth.join('/') === 'session' && !(await getCurrentUser())) {
    // next-auth alone would still vouch for a signed-out (revoked) token until it expires.
    const response = jsonOk({});
    if (request.headers.get('cookie')?.includes(`${SESSION_COOKIE}=`)) response.cookies.set(SESSION_COOKIE, '', { path: '/', maxAge: 0 });
    return response;
  }
  return handler(request, context);
}

export async function POST(request: Request, context: Context) {
  const { nextauth } = await context.params;
  let form: URLSearchParams;
  try {
    // Every next-auth POST is a form from this site. (An OAuth provider that posts its callback
    // cross-site, "form_post", would need an exception here; Google, Microsoft and GitHub do not.)
    assertSameOrigin(request);
    if (!(request.headers.get('content-type') ?? '').toLowerCase().startsWith('application/x-www-form-urlencoded')) {
      throw new HttpError(415, 'Send the form as application/x-www-form-urlencoded.');
    }
    form = new URLSearchParams(await readBodyText(request.clone(), AUTH_BODY_LIMIT));
  } catch (error) {
    if (error instanceof HttpError) return jsonError(error.status, error.message);
    throw error;
  }
  if (nextauth.join('/') === 'callback/credentials') {
    // Checked before next-auth sees the request, so a blocked account or IP gets a real 429.
    const retryAfter = await signInRetryAfter(throttleStoreFor(await getDb()), form.get('email') ?? '', clientIp(request.headers));
    if (retryAfter > 0) {
      const minutes = Math.ceil(retryAfter / 60);
      const response = jsonError(429, `Too many attempts to sign in. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`, { retryAfter });
      response.headers.set('Retry-After', String(retryAfter));
      return response;
    }
  }
  return handler(request, context);
}
