import { primaryButton, secondaryButton } from '@/components/quiz/styles';

type Props = { label: string; busyLabel: string; isBusy: boolean; status: string; isSecondary?: boolean };

/** A teacher form's submit button with its polite status line beside it ("Saved…", "Assigned…"). */
export function SubmitRow({ label, busyLabel, isBusy, status, isSecondary = false }: Props) {
  return (
    <div className="flex flex-wrap items-center gap-4">
      <button type="submit" disabled={isBusy} className={isSecondary ? secondaryButton : primaryButton}>
        {isBusy ? busyLabel : label}
      </button>
      <p role="status" className="text-sm font-semibold text-stone-800 dark:text-stone-200">
        {status}
      </p>
    </div>
  );
}
