import { Button } from '@/components/ui/button';
import { StatusMessage } from '@/components/ui/status-message';

type Props = { label: string; busyLabel: string; isBusy: boolean; status: string; isSecondary?: boolean };

/** A teacher form's submit button with its polite status line beside it ("Saved…", "Assigned…"). */
export function SubmitRow({ label, busyLabel, isBusy, status, isSecondary = false }: Props) {
  return (
    <div className="flex flex-wrap items-center gap-4">
      <Button type="submit" disabled={isBusy} variant={isSecondary ? 'secondary' : 'primary'}>
        {isBusy ? busyLabel : label}
      </Button>
      <StatusMessage>{status}</StatusMessage>
    </div>
  );
}
