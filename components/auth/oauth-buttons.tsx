import { enabledOAuthProviders } from '@/lib/auth/options';
import { continueHref } from './auth-client';
import { OAuthButton } from './oauth-button';

/**
 * One button per OAuth provider configured in the environment (none by default). Each posts to
 * next-auth's sign-in endpoint with its CSRF token (a plain link only lands back on /sign-in).
 */
export function OAuthButtons({ next }: { next: string }) {
  const providers = enabledOAuthProviders();
  if (providers.length === 0) return null;
  const callbackUrl = continueHref(next);
  return (
    <div className="space-y-2">
      {providers.map((p) => (
        <OAuthButton key={p.id} id={p.id} name={p.name} callbackUrl={callbackUrl} />
      ))}
      <p className="text-center text-sm text-stone-600 dark:text-stone-400">or with your email</p>
    </div>
  );
}
