'use client';

import { useEffect } from 'react';
import { Button } from '@/components/ui/button';
import { ReadingColumn } from '@/components/ui/reading-column';

/** The page an error boundary shows: each route group's (app/(…)/error.tsx), inside its layout so the header stays. */
export function ErrorView({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <ReadingColumn>
      <div className="space-y-4" role="alert">
        <h1 className="text-3xl font-bold">Something went wrong</h1>
        <p>The page could not be shown. Nothing you did was lost. Try again, or come back in a moment.</p>
        {error.digest && <p className="text-sm text-stone-600 dark:text-stone-400">Reference: {error.digest}</p>}
        <Button type="button" variant="primary" onClick={reset}>
          Try again
        </Button>
      </div>
    </ReadingColumn>
  );
}
