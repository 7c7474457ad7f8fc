import type { RefObject } from 'react';
import { NAVIGATOR_ID } from './question-navigator';

/**
 * Under a question's heading, where focus lands: out of sight until it has focus, then a visible
 * link that moves focus to the question list (on a phone, its fold-out button).
 */
export function SkipToNavigator({ navRef }: { navRef: RefObject<HTMLElement | null> }) {
  return (
    <a
      href={`#${NAVIGATOR_ID}`}
      onClick={(event) => {
        event.preventDefault();
        const nav = navRef.current;
        // The first button that is shown: the fold-out on a phone, question 1 from `sm` up.
        const shown = [...(nav?.querySelectorAll<HTMLElement>('button') ?? [])].find((b) => b.offsetParent !== null);
        (shown ?? nav)?.focus();
      }}
      className="sr-only rounded bg-stone-900 px-3 py-2 text-sm font-semibold text-white focus:not-sr-only focus:inline-block dark:bg-white dark:text-stone-900"
    >
      Skip to the question list
    </a>
  );
}
