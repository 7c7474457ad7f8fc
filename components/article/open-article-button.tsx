'use client';

import { useEffect, type MouseEvent } from 'react';
import { Button } from '@/components/ui/button';
import { useArticlePanel } from './article-panel-context';
import type { PanelTarget } from './panel-target';

/** "Open the article" on a question: the panel at what this question's feedback already shows (panel-target.ts). */
export function OpenArticleButton({ target }: { target: PanelTarget }) {
  const panel = useArticlePanel();
  // Already open beside the questions: it follows this question (another one, or new feedback on
  // this one), so it never shows a paragraph singled out for a different question.
  const follow = panel?.follow;
  const key = JSON.stringify(target ?? null);
  useEffect(() => {
    follow?.(key === 'null' ? undefined : (JSON.parse(key) as PanelTarget));
    // Only when the target itself changes, not on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  if (!panel) return null;
  return (
    <Button type="button" variant="secondary" onClick={(event) => panel.open(target, event.currentTarget)}>
      Open the article
    </Button>
  );
}

/**
 * A link to a paragraph of the article that opens the panel instead, where there is one: a plain
 * click only, so a new tab (or no script) still follows the real address.
 */
export function useOpenInPanel(target: PanelTarget): ((event: MouseEvent<HTMLAnchorElement>) => void) | undefined {
  const panel = useArticlePanel();
  if (!panel) return undefined;
  return (event) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    panel.open(target, event.currentTarget);
  };
}
