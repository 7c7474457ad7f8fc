import type { ReactNode } from 'react';
import { DynamicChrome } from '@/components/ui/page-chrome';
import { ReadingColumn } from '@/components/ui/reading-column';

// A learner's own pages (progress, classes, an attempt, joining) read as a column. No session
// check here: guests are learners too (a guest's attempts and progress live under a signed
// cookie), and the pages that need an account (/classes) send a guest to sign in themselves.
export default function StudentLayout({ children }: { children: ReactNode }) {
  return (
    <DynamicChrome>
      <ReadingColumn>{children}</ReadingColumn>
    </DynamicChrome>
  );
}
