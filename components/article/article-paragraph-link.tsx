'use client';

import type { ReactNode } from 'react';
import { linkClass } from '@/components/ui/button';
import { useOpenInPanel } from './open-article-button';
import type { PanelTarget } from './panel-target';

/**
 * A link into the article from feedback. Beside a question (an attempt, where the article panel
 * is) a plain click opens the panel there instead of leaving; elsewhere (a teacher's view of an
 * attempt, the dashboard) and for a new tab it is the ordinary link to the article page.
 */
export function ArticleParagraphLink({
  href,
  target,
  children,
}: {
  href: string;
  target: PanelTarget;
  children: ReactNode;
}) {
  return (
    <a href={href} onClick={useOpenInPanel(target)} className={linkClass}>
      {children}
    </a>
  );
}
