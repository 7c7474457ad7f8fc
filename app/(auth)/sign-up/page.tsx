import type { Metadata } from 'next';
import { OAuthButtons } from '@/components/auth/oauth-buttons';
import { SignUpForm } from '@/components/auth/sign-up-form';
import { safeRedirectPath } from '@/lib/auth/safe-redirect';

export const metadata: Metadata = { title: 'Create an account' };

type Props = { searchParams: Promise<{ callbackUrl?: string | string[] }> };

export default async function SignUpPage({ searchParams }: Props) {
  // Empty when nothing asked to go elsewhere: /auth/continue then picks where this account works.
  const next = safeRedirectPath([(await searchParams).callbackUrl].flat()[0], '');
  return (
    <div className="mx-auto max-w-md space-y-6">
      <h1 className="text-3xl font-bold tracking-tight">Create an account</h1>
      <p className="text-stone-700 dark:text-stone-300">
        Keep your progress on every device. Everything you have done here as a guest moves into your new account.
      </p>
      <OAuthButtons next={next} />
      <SignUpForm next={next} />
    </div>
  );
}
