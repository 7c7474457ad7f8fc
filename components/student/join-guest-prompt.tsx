import { buttonClass } from '@/components/ui/button';

/** Joining needs an account; whatever this browser did as a guest comes along (see /auth/continue). */
export function JoinGuestPrompt({ next }: { next: string }) {
  const callback = encodeURIComponent(next);
  return (
    <div className="space-y-4">
      <p className="leading-relaxed">
        To join a class, create an account or sign in first. Anything you have done here without an account comes with
        you.
      </p>
      <div className="flex flex-wrap gap-3">
        <a href={`/sign-up?callbackUrl=${callback}`} className={buttonClass('primary')}>
          Create an account
        </a>
        <a href={`/sign-in?callbackUrl=${callback}`} className={buttonClass('secondary')}>
          Sign in
        </a>
      </div>
    </div>
  );
}
