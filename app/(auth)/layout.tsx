import type { ReactNode } from 'react';
import { ReadingColumn } from '@/components/ui/reading-column';

// Signing in and up. A signed-in visitor still sees the forms (to switch accounts); the forms
// say where they go next through their callbackUrl.
export default function AuthLayout({ children }: { children: ReactNode }) {
  return <ReadingColumn>{children}</ReadingColumn>;
}
