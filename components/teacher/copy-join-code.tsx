'use client';

import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { StatusMessage, statusText } from '@/components/ui/status-message';

/** Copies the join code, or the whole join link, and says so politely; a refused clipboard is said too. */
export function CopyJoinCode({ code, joinPath }: { code: string; joinPath: string }) {
  const [status, setStatus] = useState('');

  async function copy(text: string, done: string) {
    setStatus('');
    try {
      await navigator.clipboard.writeText(text);
      setStatus(done);
    } catch {
      setStatus('Could not copy here. Select the text and copy it yourself.');
    }
  }

  return (
    <div className="space-y-2">
      <div className="flex flex-wrap gap-3">
        <Button type="button" variant="secondary" onClick={() => copy(code, 'Copied')}>
          Copy<span className="sr-only"> join code</span>
        </Button>
        <Button
          type="button"
          variant="secondary"
          onClick={() => copy(new URL(joinPath, window.location.origin).toString(), 'Link copied')}
        >
          Copy link
        </Button>
      </div>
      <StatusMessage className={`${statusText} min-h-6`}>{status}</StatusMessage>
    </div>
  );
}
