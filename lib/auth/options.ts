import 'server-only';
import type { NextAuthOptions } from 'next-auth';
import type { Provider } from 'next-auth/providers/index';
import AzureADProvider from 'next-auth/providers/azure-ad';
import CredentialsProvider from 'next-auth/providers/credentials';
import GitHubProvider from 'next-auth/providers/github';
import GoogleProvider from 'next-auth/providers/google';
import { z } from 'zod';
import { getDb } from '@/lib/db';
import { isCookieSecure } from './cookie-security';
import { linkOAuthUser } from './oauth';
import { verifyPassword } from './password';
import { passwordAsChecked } from './personal-code';
import { safeRedirectPath } from './safe-redirect';
import { getAuthSecret } from './secret';
import { clientIp } from '@/lib/limits/client-ip';
import { reserveSignIn } from '@/lib/limits/sign-in-limit';
import { recordSignInBlocked } from './sign-in-decision';
import { findUserByEmail, getSessionVersion, normalizeEmail, revokeSessions } from './users';

// next-auth, configured for Sourcewise: email and password (credentials) always; Google,
// Microsoft and GitHub only when their client id and secret are in the environment. Sessions are
// JWTs in an http-only cookie; the user's role is NOT in the token but read from the database on
// every authorisation (lib/auth/session.ts), so a changed role applies on the next request. The
// token carries the account's session version from sign-in; signing out raises the version, so
// the same query refuses every token issued before (a copied cookie is dead once signed out).

// The email is normalised once, here, and that one value is both the account looked up and the
// key of its sign-in limit: however the request spelled it (case, spaces, fullwidth forms), and
// whichever of several fields next-auth picked, the limit counts the identity actually checked.
// A username (an account a teacher made, lib/auth/username.ts) is looked up and limited the same
// way; its password is a personal code, read as one however it was typed.
const CredentialsSchema = z
  .object({
    email: z.string().transform(normalizeEmail).pipe(z.string().min(1).max(320)),
    password: z.string().min(1).max(200),
  })
  .transform(({ email, password }) => ({ email, password: passwordAsChecked(email, password) }));

function oauthProviders(): Provider[] {
  const env = process.env;
  const providers: Provider[] = [];
  if (env.GOOGLE_CLIENT_ID && env.GOOGLE_CLIENT_SECRET) {
    providers.push(GoogleProvider({ clientId: env.GOOGLE_CLIENT_ID, clientSecret: env.GOOGLE_CLIENT_SECRET }));
  }
  if (env.MICROSOFT_CLIENT_ID && env.MICROSOFT_CLIENT_SECRET) {
    providers.push(
      AzureADProvider({
        clientId: env.MICROSOFT_CLIENT_ID,
        clientSecret: env.MICROSOFT_CLIENT_SECRET,
        tenantId: env.MICROSOFT_TENANT_ID ?? 'common',
      }),
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
  const secure = isCookieSecure(); // lib/auth/cookie-security.ts, shared with the guest cookie
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
          const { email, password } = parsed.data;
          const db = await getDb();
          // The lockout lives here, on what is checked, not in a parse of its own in front of next-auth.
          const gate = await reserveSignIn(db, email, clientIp(req.headers ?? {}));
          if (gate.retryAfterSeconds > 0) {
            // Blocked: the password is not even verified, so guessing during a block learns nothing.
            recordSignInBlocked(gate.retryAfterSeconds);
            return null;
          }
          const user = await findUserByEmail(db, email);
          const isValid = await verifyPassword(user?.password_hash, password);
          await gate.settle(isValid && user !== undefined);
          return isValid && user
            ? { id: user.id, name: user.name, email: user.email, sessionVersion: user.session_version }
            : null;
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
        return {
          ...session,
          user: {
            name: session.user?.name,
            email: session.user?.email,
            id,
            sessionVersion: sessionVersionOf(token.sv),
          },
        };
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
