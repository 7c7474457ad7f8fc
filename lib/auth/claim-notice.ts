// After sign-in or sign-up, what was taken over from the guest session, said once on the page the
// person lands on. /auth/continue sets the cookie only when something was moved
// (claim-notice-cookie.ts); the landing page reads it in the browser and deletes it at once, so a
// reload does not say it again (components/ui/claim-notice-banner.tsx). In the browser, not in the
// render: the landing page may be prerendered, the same HTML for everyone (the course page).

export const CLAIM_NOTICE_COOKIE = 'sourcewise-claimed';

export type ClaimNotice = { attempts: number; lessons: number };

export function encodeClaimNotice(notice: ClaimNotice): string | undefined {
  if (notice.attempts <= 0 && notice.lessons <= 0) return undefined;
  return `${notice.attempts}.${notice.lessons}`;
}

/** The notice in a cookie's value, or nothing for a missing or malformed one (or nothing moved). */
export function parseClaimNotice(value: string | undefined): ClaimNotice | undefined {
  const match = /^(\d{1,6})\.(\d{1,6})$/.exec(value ?? '');
  if (!match) return undefined;
  const notice = { attempts: Number(match[1]), lessons: Number(match[2]) };
  return encodeClaimNotice(notice) ? notice : undefined;
}

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "Your progress as a guest is now in your account: 2 quiz or practice attempts and 1 lesson read." */
export function describeClaimNotice({ attempts, lessons }: ClaimNotice): string {
  const parts = [
    attempts > 0 ? count(attempts, 'quiz or practice attempt', 'quiz or practice attempts') : '',
    lessons > 0 ? count(lessons, 'lesson read', 'lessons read') : '',
  ].filter(Boolean);
  return `Your progress as a guest is now in your account: ${parts.join(' and ')}.`;
}
