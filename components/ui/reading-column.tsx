import type { ReactNode } from 'react';
import { pageWidthClass } from './wide-layout';

/** The width for reading: lessons, the article, quizzes, forms (about 75 characters a line). */
export function ReadingColumn({ children }: { children: ReactNode }) {
  return (
    <div data-page-width="reading" className={`${pageWidthClass} max-w-3xl`}>
      {children}
    </div>
  );
}
