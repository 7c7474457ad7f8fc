import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { DynamicChrome } from '@/components/ui/page-chrome';
import { WideLayout } from '@/components/ui/wide-layout';
import { can } from '@/lib/auth/roles';
import { getCurrentUser } from '@/lib/auth/session';

// Teacher pages are data pages (gradebooks, statistics, rosters): they use the screen's width.
//
// The session check is for convenience and never protects data: every page checks for itself
// (requirePermission), and a layout is not re-run on every client navigation. A signed-in account
// that cannot teach gets the same "not found" the pages give it. A signed-out visitor is left to the
// page, which sends them to sign in with its own address as the callback: a layout is not told the
// address, and its redirect would replace the page's with a less precise one.
export default async function TeacherLayout({ children }: { children: ReactNode }) {
  const user = await getCurrentUser();
  if (user && !can(user, 'class.read')) notFound();
  return (
    <DynamicChrome>
      <WideLayout>{children}</WideLayout>
    </DynamicChrome>
  );
}
