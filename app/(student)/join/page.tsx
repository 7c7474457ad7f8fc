import type { Metadata } from 'next';
import { JoinClassForm } from '@/components/student/join-class-form';
import { JoinGuestPrompt } from '@/components/student/join-guest-prompt';
import { getCurrentUser } from '@/lib/auth/session';

export const metadata: Metadata = { title: 'Join a class' };

export const dynamic = 'force-dynamic';

export default async function JoinPage() {
  const user = await getCurrentUser();
  return (
    <div className="mx-auto max-w-md space-y-6">
      <h1 className="text-3xl font-bold tracking-tight">Join a class</h1>
      {user ? (
        <>
          <p className="leading-relaxed text-stone-700 dark:text-stone-300">
            Type or paste the class code your teacher gave you.
          </p>
          <JoinClassForm />
        </>
      ) : (
        <JoinGuestPrompt next="/join" />
      )}
    </div>
  );
}
