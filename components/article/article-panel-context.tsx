'use client';

import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import { getArticleText, type ArticleText } from '@/components/api/client';
import { ArticlePanel } from './article-panel';
import type { PanelTarget } from './panel-target';

export type ArticleLoad =
  { state: 'idle' | 'loading' } | { state: 'error'; message: string } | { state: 'ready'; article: ArticleText };

type Panel = {
  /** Opens the panel at `target` (see panel-target.ts for what may be one); focus returns to `opener` on close. */
  open: (target: PanelTarget, opener: HTMLElement | null) => void;
  /** While open, moves the panel to another question's target, without taking focus from the question. */
  follow: (target: PanelTarget) => void;
  articleHref: string;
};

const ArticlePanelContext = createContext<Panel | null>(null);

/** The article panel of the page, or null where there is none (a link then simply navigates). */
export function useArticlePanel(): Panel | null {
  return useContext(ArticlePanelContext);
}

/**
 * The article beside the questions of an attempt. The text is not part of the page: it is fetched
 * the first time the panel opens (a public, cacheable route) and kept for the rest of the visit.
 */
export function ArticlePanelProvider({ articleId, children }: { articleId: string; children: ReactNode }) {
  const [isOpen, setIsOpen] = useState(false);
  const [target, setTarget] = useState<PanelTarget>(undefined);
  // Each opening, so opening again at the same place scrolls and focuses again.
  const [opening, setOpening] = useState(0);
  const [load, setLoad] = useState<ArticleLoad>({ state: 'idle' });
  const opener = useRef<HTMLElement | null>(null);
  const wasOpen = useRef(false);

  const fetchArticle = useCallback(async () => {
    setLoad({ state: 'loading' });
    const result = await getArticleText(articleId);
    setLoad(result.ok ? { state: 'ready', article: result.article } : { state: 'error', message: result.message });
  }, [articleId]);

  const open = useCallback(
    (next: PanelTarget, from: HTMLElement | null) => {
      opener.current = from;
      setTarget(next);
      setIsOpen(true);
      setOpening((n) => n + 1);
      if (load.state === 'idle' || load.state === 'error') void fetchArticle();
    },
    [load.state, fetchArticle],
  );

  const follow = useCallback(
    (next: PanelTarget) => {
      if (isOpen) setTarget(next);
    },
    [isOpen],
  );

  // Focus goes back once the panel is gone (a modal sheet keeps the page inert until then).
  useEffect(() => {
    if (wasOpen.current && !isOpen && opener.current?.isConnected) opener.current.focus();
    wasOpen.current = isOpen;
  }, [isOpen]);

  const articleHref = `/articles/${articleId}`;
  return (
    <ArticlePanelContext.Provider value={{ open, follow, articleHref }}>
      {children}
      {isOpen && (
        <ArticlePanel
          load={load}
          target={target}
          opening={opening}
          onRetry={() => void fetchArticle()}
          onClose={() => setIsOpen(false)}
        />
      )}
    </ArticlePanelContext.Provider>
  );
}
