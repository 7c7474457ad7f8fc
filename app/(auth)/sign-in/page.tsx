import type { Metadata } from 'next';
import { SignInForm } from '@/components/auth/sign-in-form';
import { OAuthButtons } from '@/components/auth/oauth-buttons';
import { safeRedirectPath } from '@/lib/auth/safe-redirect';

export const metadata: Metadata = { title: 'Sign in' };

type Props = { searchParams: Promise<{ callbackUrl?: string | string[]; error?: string }> };

export default async function SignInPage({ searchParams }: Props) {
  const params = await searchParams;
  // Empty when nothing asked to go elsewhere: /auth/continue then picks where this account works.
  const next = safeRedirectPath([params.callbackUrl].flat()[0], '');
  return (
    <div className="mx-auto max-w-md space-y-6">
      <h1 className="text-3xl font-bold tracking-tight">Sign in</h1>
      <p className="text-stone-700 dark:text-stone-300">Anything you did here without an account comes with you.</p>
      <OAuthButtons next={next} />
      <SignInForm next={next} />
    </div>
  );
}
