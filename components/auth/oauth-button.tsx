'use client';

import { useState } from 'react';
import { signInWithProvider } from './auth-client';

/** "Continue with Google": starts the provider's sign-in, and says so in words if it cannot. */
export function OAuthButton({ id, name, callbackUrl }: { id: string; name: string; callbackUrl: string }) {
  const [isBusy, setIsBusy] = useState(false);
  const [error, setError] = useState<string>();
  const start = async () => {
    setIsBusy(true);
    setError(undefined);
    const message = await signInWithProvider(id, callbackUrl);
    if (message) {
      setError(message);
      setIsBusy(false);
    }
  };
  return (
    <div className="space-y-1">
      <button
        type="button"
        onClick={() => void start()}
        disabled={isBusy}
        className="flex min-h-11 w-full items-center justify-center rounded-lg border border-stone-500 font-semibold hover:bg-stone-100 disabled:opacity-60 dark:border-stone-400 dark:hover:bg-stone-900"
      >
        {isBusy ? `Opening ${name}…` : `Continue with ${name}`}
      </button>
      {error && (
        <p role="alert" className="text-sm font-semibold text-red-700 dark:text-red-300">
          {error}
        </p>
      )}
    </div>
  );
}
