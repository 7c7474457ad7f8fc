import Link from '@/components/ui/link';
import { linkClass } from '@/components/ui/button';

/** A guest's progress lives in this browser's cookie; an account keeps it everywhere. */
export function GuestNote() {
  return (
    <p className="rounded-lg border border-amber-700 bg-amber-50 p-4 leading-relaxed text-amber-950 dark:border-amber-400 dark:bg-amber-950 dark:text-amber-50">
      You are not signed in:{' '}
      <Link href="/sign-up" className={linkClass}>
        create an account
      </Link>{' '}
      to keep this progress on every device.
    </p>
  );
}
