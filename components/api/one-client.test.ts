import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// "The browser talks to the API through one client": a component or page that calls fetch itself
// fails here, so the next form that reaches for fetch is sent to a Server Action or to this client.

const ROOT = join(import.meta.dirname, '..', '..');
const ALLOWED = new Set([
  'components/api/client.ts',
  // The same client's reads for the prerendered pages, kept apart so a lesson loads none of the
  // attempt calls' retry machinery (client.ts re-exports them).
  'components/api/page-reads.ts',
  // next-auth's own endpoints (CSRF token, credentials callback, sign-out); owned with next-auth.
  'components/auth/auth-client.ts',
]);

function sourceFiles(folder: string): string[] {
  return readdirSync(join(ROOT, folder), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(ts|tsx)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name))
    .map((entry) => relative(ROOT, join(entry.parentPath, entry.name)));
}

describe('one browser client', () => {
  it('finds fetch( only in the API client (and its page reads) and the next-auth client, in components/ and app/', () => {
    const callers = [...sourceFiles('components'), ...sourceFiles('app')].filter((file) =>
      /\bfetch\(/.test(readFileSync(join(ROOT, file), 'utf8')),
    );
    expect(callers.filter((file) => !ALLOWED.has(file))).toEqual([]);
    // The scan itself still sees the files it allows, so a moved client is noticed here.
    expect(callers.sort()).toEqual([...ALLOWED].sort());
  });
});
