import { describeClaimNotice, type ClaimNotice } from '@/lib/auth/claim-notice';
import { chromeWidth } from './wide-layout';

/** Under the header on the page a person lands on after signing in: what came over from their guest session. */
export function ClaimNoticeBanner({ notice }: { notice: ClaimNotice }) {
  return (
    <div className={`${chromeWidth} w-full px-4 pt-4 sm:px-6`}>
      <p
        role="status"
        data-claim-notice
        className="rounded-lg border border-green-700 bg-green-50 p-3 text-sm font-semibold text-green-900 dark:border-green-400 dark:bg-green-950 dark:text-green-100"
      >
        <span aria-hidden="true">✓ </span>
        {describeClaimNotice(notice)}
      </p>
    </div>
  );
}
