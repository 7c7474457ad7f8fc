// GET/POST /api/auth/* – next-auth (sign in, sign out, session, csrf, OAuth callbacks); sign-in is throttled.
import NextAuth from 'next-auth';
import { authOptions, clientIp } from '@/lib/auth/options';
import { signInRetryAfter, throttleStoreFor } from '@/lib/auth/throttle';
import { getDb } from '@/lib/db';
import { jsonError } from '@/lib/http/json';

type Context = { params: Promise<{ nextauth: string[] }> };

function handler(request: Request, context: Context) {
  return NextAuth(authOptions())(request, context) as Promise<Response>;
}

export async function GET(request: Request, context: Context) {
  return handler(request, context);
}

export async function POST(request: Request, context: Context) {
  const { nextauth } = await context.params;
  if (nextauth.join('/') === 'callback/credentials') {
    // Checked before next-auth sees the request, so a blocked account or IP gets a real 429.
    const form = new URLSearchParams(await request.clone().text());
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
