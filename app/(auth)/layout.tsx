import type { ReactNode } from 'react';
import { DynamicChrome } from '@/components/ui/page-chrome';
import { ReadingColumn } from '@/components/ui/reading-column';

// Signing in and up. A signed-in visitor still sees the forms (to switch accounts); the forms
// say where they go next through their callbackUrl.
export default function AuthLayout({ children }: { children: ReactNode }) {
  return (
    <DynamicChrome>
      <ReadingColumn>{children}</ReadingColumn>
    </DynamicChrome>
  );
}
