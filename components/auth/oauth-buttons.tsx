import { enabledOAuthProviders } from '@/lib/auth/options';

/**
 * One button per OAuth provider configured in the environment (none by default). Each is a plain
 * form posting to next-auth's sign-in endpoint; next-auth checks its CSRF token on the way back.
 */
export function OAuthButtons({ next }: { next: string }) {
  const providers = enabledOAuthProviders();
  if (providers.length === 0) return null;
  return (
    <div className="space-y-2">
      {providers.map((p) => (
        <a
          key={p.id}
          href={`/api/auth/signin/${p.id}?callbackUrl=${encodeURIComponent(`/auth/continue?next=${encodeURIComponent(next)}`)}`}
          className="flex min-h-11 items-center justify-center rounded-lg border border-stone-500 font-semibold hover:bg-stone-100 dark:border-stone-400 dark:hover:bg-stone-900"
        >
          Continue with {p.name}
        </a>
      ))}
      <p className="text-center text-sm text-stone-600 dark:text-stone-400">or with your email</p>
    </div>
  );
}
