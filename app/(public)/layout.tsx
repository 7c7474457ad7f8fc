import type { ReactNode } from 'react';
import { ReadingColumn } from '@/components/ui/reading-column';

// The course, its lessons and the article: open to everyone, read as a column.
export default function PublicLayout({ children }: { children: ReactNode }) {
  return <ReadingColumn>{children}</ReadingColumn>;
}
