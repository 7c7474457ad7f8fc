'use client';

import { useEffect } from 'react';

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <div className="space-y-4" role="alert">
      <h1 className="text-3xl font-bold">Something went wrong</h1>
      <p>The page could not be shown. Nothing you did was lost. Try again, or come back in a moment.</p>
      {error.digest && <p className="text-sm text-stone-600 dark:text-stone-400">Reference: {error.digest}</p>}
      <button type="button" onClick={reset} className="min-h-11 rounded-lg bg-blue-700 px-5 font-semibold text-white dark:bg-blue-300 dark:text-stone-950">
        Try again
      </button>
    </div>
  );
}
