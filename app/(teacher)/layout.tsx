import type { ReactNode } from 'react';

// Teacher pages are data pages (gradebooks, statistics, rosters): they use the screen's width,
// where lessons and quizzes keep a reading column. The root layout's <main> widens for any page
// that holds a data-layout="wide" element.
export default function TeacherLayout({ children }: { children: ReactNode }) {
  return <div data-layout="wide">{children}</div>;
}
