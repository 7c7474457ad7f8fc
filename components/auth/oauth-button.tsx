'use client';

import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { ErrorMessage, errorText } from '@/components/ui/status-message';
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
      <Button type="button" variant="secondary" onClick={() => void start()} disabled={isBusy} className="w-full">
        {isBusy ? `Opening ${name}…` : `Continue with ${name}`}
      </Button>
      {error && <ErrorMessage className={`text-sm ${errorText}`}>{error}</ErrorMessage>}
    </div>
  );
}
