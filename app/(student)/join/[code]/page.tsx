import type { Metadata } from 'next';
import { headers } from 'next/headers';
import Link from '@/components/ui/link';
import { JoinClassForm } from '@/components/student/join-class-form';
import { JoinButtonForm } from '@/components/student/join-button-form';
import { JoinGuestPrompt } from '@/components/student/join-guest-prompt';
import { getCurrentUser } from '@/lib/auth/session';
import { getClassByJoinCode } from '@/lib/classes/get-class-by-join-code';
import { formatJoinCode, normalizeJoinCode } from '@/lib/classes/join-code';
import { getDb } from '@/lib/db';
import { clientIp } from '@/lib/limits/client-ip';
import { assertJoinGuessesLeft, recordWrongJoinCode } from '@/lib/limits/join-limit';
import { RateLimitedError } from '@/lib/limits/rate-limited';
import { linkClass } from '@/components/ui/button';

export const metadata: Metadata = { title: 'Join a class' };

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ code: string }> };

function decoded(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

// A join link (/join/ABCD-EFGH): a guest is asked to sign up or in first and comes back here; a
// signed-in user sees the class and one button. Server Action forms: nothing here needs a script.
export default async function JoinCodePage({ params }: Props) {
  const typed = decoded((await params).code).trim();
  const code = normalizeJoinCode(typed);
  const shown = code ? formatJoinCode(code) : typed;
  const user = await getCurrentUser();
  const heading = <h1 className="text-3xl font-bold tracking-tight">Join a class</h1>;

  if (!user) {
    return (
      <div className="mx-auto max-w-md space-y-6">
        {heading}
        <p className="leading-relaxed">
          Class code <span className="font-mono font-semibold tracking-wider">{shown}</span>
        </p>
        <JoinGuestPrompt next={`/join/${code ? shown : encodeURIComponent(typed)}`} />
      </div>
    );
  }

  const retry = (message: string) => (
    <div className="mx-auto max-w-md space-y-6">
      {heading}
      <JoinClassForm defaultCode={shown} error={message} />
    </div>
  );
  if (!code) return retry('A class code has 8 letters and digits, like ABCD-EFGH. Check the code and try again.');
  // The preview tells a real code from a wrong one, so it counts wrong codes as joining does.
  const db = await getDb();
  const guesser = { userId: user.id, ip: clientIp(await headers()) };
  try {
    await assertJoinGuessesLeft(db, guesser);
  } catch (error) {
    if (error instanceof RateLimitedError) return retry(error.message);
    throw error;
  }
  const preview = await getClassByJoinCode(db, user.id, code);
  if (preview.state === 'unknown') {
    await recordWrongJoinCode(db, guesser);
    return retry(`No class has the code ${shown}. Check the code with your teacher.`);
  }

  return (
    <div className="mx-auto max-w-md space-y-6">
      {heading}
      <div className="space-y-1">
        <p className="text-2xl font-bold tracking-tight break-words">{preview.className}</p>
        {'teacherName' in preview && (
          <p className="text-stone-700 dark:text-stone-300">Teacher: {preview.teacherName}</p>
        )}
      </div>
      {preview.state === 'open' && <JoinButtonForm code={code} />}
      {preview.state === 'member' && (
        <p className="leading-relaxed">
          You are already in this class.{' '}
          <Link href="/classes" className={linkClass}>
            See my classes
          </Link>
        </p>
      )}
      {preview.state === 'archived' && (
        <p className="leading-relaxed">
          This class is archived and is not taking new students. Ask your teacher for a current code.
        </p>
      )}
      {preview.state === 'own' && (
        <p className="leading-relaxed">
          You teach this class; students join it with this code.{' '}
          <Link href={`/teach/classes/${preview.classId}`} className={linkClass}>
            Open the class
          </Link>
        </p>
      )}
    </div>
  );
}
