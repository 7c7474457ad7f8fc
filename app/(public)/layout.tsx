import type { ReactNode } from 'react';
import { StaticChrome } from '@/components/ui/page-chrome';
import { ReadingColumn } from '@/components/ui/reading-column';

// The course, its lessons and the article: open to everyone, read as a column.
export default function PublicLayout({ children }: { children: ReactNode }) {
  return (
    <StaticChrome>
      <ReadingColumn>{children}</ReadingColumn>
    </StaticChrome>
  );
}
