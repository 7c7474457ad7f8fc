import 'server-only';
import type { NextAuthOptions } from 'next-auth';
import type { Provider } from 'next-auth/providers/index';
import AzureADProvider from 'next-auth/providers/azure-ad';
import CredentialsProvider from 'next-auth/providers/credentials';
import GitHubProvider from 'next-auth/providers/github';
import GoogleProvider from 'next-auth/providers/google';
import { z } from 'zod';
import { getDb } from '@/lib/db';
import { isCookieSecure } from '@/lib/http/cookie-security';
import { linkOAuthUser } from './oauth';
import { verifyPassword } from './password';
import { safeRedirectPath } from './safe-redirect';
import { getAuthSecret } from './secret';
import { recordSignInOutcome, throttleStoreFor } from './throttle';
import { findUserByEmail, getSessionVersion, revokeSessions } from './users';

// next-auth, configured for Sourcewise: email and password (credentials) always; Google,
// Microsoft and GitHub only when their client id and secret are in the environment. Sessions are
// JWTs in an http-only cookie; the user's role is NOT in the token but read from the database on
// every authorisation (lib/auth/session.ts), so a changed role applies on the next request. The
// token carries the account's session version from sign-in; signing out raises the version, so
// the same query refuses every token issued before (a copied cookie is dead once signed out).

const CredentialsSchema = z.object({ email: z.string().trim().min(1).max(320), password: z.string().min(1).max(200) });

/**
 * The client's IP for per-IP throttling, from X-Forwarded-For, which only a trusted proxy may set:
 * it counts only with TRUST_PROXY=1 (behind a load balancer that overwrites it). Without it there
 * is no trustworthy address (Next.js does not expose the socket's), so only per-account limits apply;
 * trusting a header any client can forge would let an attacker pick a fresh "IP" per guess, or lock
 * everyone out by sharing one.
 */
export function clientIp(headers: Record<string, string | string[] | undefined> | Headers): string | undefined {
  if (process.env.TRUST_PROXY !== '1') return undefined;
  const get = (name: string) => (headers instanceof Headers ? headers.get(name) : [headers[name]].flat()[0]) ?? undefined;
  return get('x-forwarded-for')?.split(',').at(-1)?.trim() || get('x-real-ip') || undefined;
}

function oauthProviders(): Provider[] {
  const env = process.env;
  const providers: Provider[] = [];
  if (env.GOOGLE_CLIENT_ID && env.GOOGLE_CLIENT_SECRET) {
    providers.push(GoogleProvider({ clientId: env.GOOGLE_CLIENT_ID, clientSecret: env.GOOGLE_CLIENT_SECRET }));
  }
  if (env.MICROSOFT_CLIENT_ID && env.MICROSOFT_CLIENT_SECRET) {
    providers.push(
      AzureADProvider({ clientId: env.MICROSOFT_CLIENT_ID, clientSecret: env.MICROSOFT_CLIENT_SECRET, tenantId: env.MICROSOFT_TENANT_ID ?? 'common' }),
    );
  }
  if (env.GITHUB_CLIENT_ID && env.GITHUB_CLIENT_SECRET) {
    providers.push(GitHubProvider({ clientId: env.GITHUB_CLIENT_ID, clientSecret: env.GITHUB_CLIENT_SECRET }));
  }
  return providers;
}

export function enabledOAuthProviders(): { id: string; name: string }[] {
  return oauthProviders().map((p) => ({ id: p.id, name: p.id === 'azure-ad' ? 'Microsoft' : p.name }));
}

export const SESSION_COOKIE = 'sw_session';

export function authOptions(): NextAuthOptions {
  const secure = isCookieSecure(); // lib/http/cookie-security.ts, shared with the guest cookie
  const cookie = (name: string) => ({ name, options: { httpOnly: true, sameSite: 'lax' as const, path: '/', secure } });
  return {
    secret: getAuthSecret(),
    session: { strategy: 'jwt', maxAge: 30 * 24 * 60 * 60 },
    pages: { signIn: '/sign-in', error: '/sign-in' },
    cookies: { sessionToken: cookie(SESSION_COOKIE), callbackUrl: cookie('sw_callback'), csrfToken: cookie('sw_csrf') },
    providers: [
      CredentialsProvider({
        name: 'Email and password',
        credentials: { email: { type: 'email' }, password: { type: 'password' } },
        async authorize(credentials, req) {
          const parsed = CredentialsSchema.safeParse(credentials);
          if (!parsed.success) return null;
          const db = await getDb();
          const user = await findUserByEmail(db, parsed.data.email);
          const isValid = await verifyPassword(user?.password_hash, parsed.data.password);
          await recordSignInOutcome(throttleStoreFor(db), parsed.data.email, clientIp(req.headers ?? {}), isValid && user !== undefined);
          return isValid && user ? { id: user.id, name: user.name, email: user.email, sessionVersion: user.session_version } : null;
        },
      }),
      ...oauthProviders(),
    ],
    callbacks: {
      async jwt({ token, user, account, profile }) {
        if (account?.provider === 'credentials' && user) {
          token.uid = user.id;
          token.sv = user.sessionVersion ?? 0;
        } else if (account && user) {
          const db = await getDb();
          token.uid = await linkOAuthUser(db, account, user, profile);
          token.sv = await getSessionVersion(db, token.uid);
        }
        return token;
      },
      async session({ session, token }) {
        const id = typeof token.uid === 'string' ? token.uid : undefined;
        return { ...session, user: { name: session.user?.name, email: session.user?.email, id, sessionVersion: sessionVersionOf(token.sv) } };
      },
      async redirect({ url, baseUrl }) {
        if (url.startsWith('/')) return `${baseUrl}${safeRedirectPath(url, '/')}`;
        try {
          return new URL(url).origin === baseUrl ? url : baseUrl;
        } catch {
          return baseUrl;
        }
      },
    },
    events: {
      // next-auth has checked the CSRF token and decoded the cookie; it clears the cookie after this.
      async signOut({ token }) {
        if (typeof token?.uid === 'string') await revokeSessions(await getDb(), token.uid, sessionVersionOf(token.sv));
      },
    },
  };
}

/** A token from before session versions existed carries none: it counts as version 0. */
export function sessionVersionOf(value: unknown): number {
  return typeof value === 'number' && Number.isInteger(value) ? value : 0;
}
