'use client';

import { useEffect, useId, useRef, type KeyboardEvent } from 'react';
import { Button } from '@/components/ui/button';
import { ErrorMessage, StatusMessage } from '@/components/ui/status-message';
import type { ArticleLoad } from './article-panel-context';
import { ArticleReader } from './article-reader';
import type { PanelTarget } from './panel-target';
import { useIsWide } from './use-is-wide';

type Props = {
  load: ArticleLoad;
  target: PanelTarget;
  /** Counts openings: each one focuses the panel and scrolls it to the target again. */
  opening: number;
  onRetry: () => void;
  onClose: () => void;
};

function whereWords(target: PanelTarget): string {
  if (!target) return 'From the top of the article.';
  const [first] = target.paragraphs;
  return `At paragraph ${first}: ${target.label.charAt(0).toLowerCase()}${target.label.slice(1)}.`;
}

/**
 * The article beside the question on a wide screen (a labelled region the page makes room for:
 * app/globals.css), or over it on a phone (a native modal <dialog>, so the page behind is inert
 * and Escape closes it). Either way focus moves to its heading and the text scrolls on its own.
 */
export function ArticlePanel({ load, target, opening, onRetry, onClose }: Props) {
  const isWide = useIsWide();
  const titleId = useId();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const bodyRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!isWide && dialog && !dialog.open) dialog.showModal();
  }, [isWide]);

  useEffect(() => {
    headingRef.current?.focus({ preventScroll: true });
  }, [opening, isWide]);

  // Scrolled within the panel only: the question keeps its place on the page.
  useEffect(() => {
    const body = bodyRef.current;
    if (!body) return;
    const first = target?.paragraphs[0];
    const paragraph = first === undefined ? null : body.querySelector(`[data-paragraph="${first}"]`);
    body.scrollTop = paragraph
      ? body.scrollTop + paragraph.getBoundingClientRect().top - body.getBoundingClientRect().top - 16
      : 0;
  }, [opening, isWide, load.state, target]);

  const content = (
    <>
      <div className="flex items-center justify-between gap-3 border-b border-stone-300 px-4 py-1 dark:border-stone-700">
        <h2 id={titleId} ref={headingRef} tabIndex={-1} className="text-lg font-bold focus:outline-none">
          The article
        </h2>
        <Button type="button" variant="secondary" onClick={onClose}>
          Close<span className="sr-only"> the article</span>
        </Button>
      </div>
      {/* Focusable, so a keyboard scrolls the text without moving through every sentence. */}
      <div
        ref={bodyRef}
        tabIndex={0}
        role="group"
        aria-label="The article’s text"
        className="flex-1 space-y-4 overflow-y-auto overscroll-contain px-4 py-4 focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-blue-700 dark:focus-visible:outline-blue-300"
      >
        <p className="text-sm text-stone-700 dark:text-stone-300">{whereWords(target)}</p>
        <StatusMessage>{load.state === 'loading' || load.state === 'idle' ? 'Loading the article…' : ''}</StatusMessage>
        {load.state === 'error' && (
          <div className="space-y-3">
            <ErrorMessage>The article could not be loaded: {load.message}</ErrorMessage>
            <Button type="button" variant="secondary" onClick={onRetry}>
              Try loading it again
            </Button>
          </div>
        )}
        {load.state === 'ready' && <ArticleReader article={load.article} highlight={target} />}
      </div>
    </>
  );

  if (isWide)
    return (
      <section
        aria-labelledby={titleId}
        data-article-panel="side"
        onKeyDown={(event: KeyboardEvent) => {
          if (event.key === 'Escape') onClose();
        }}
        className="fixed inset-y-0 right-0 z-40 flex w-[28rem] flex-col border-l border-stone-300 bg-white xl:w-[32rem] dark:border-stone-700 dark:bg-stone-950"
      >
        {content}
      </section>
    );
  return (
    <dialog
      ref={dialogRef}
      aria-labelledby={titleId}
      data-article-panel="sheet"
      onClose={onClose}
      className="m-0 mt-auto h-[calc(100dvh-1.5rem)] max-h-none w-full max-w-none flex-col rounded-t-2xl border-0 bg-white p-0 text-stone-900 shadow-xl backdrop:bg-stone-950/60 open:flex dark:bg-stone-900 dark:text-stone-100"
    >
      {content}
    </dialog>
  );
}
