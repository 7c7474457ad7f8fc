import { useEffect, useRef } from 'react';

/**
 * Moves focus to a heading after the learner changes screen (Next, Previous, the navigator), so
 * a screen reader starts at the new question instead of staying on a button whose context has
 * changed. Only changes the learner asked for move focus; feedback never does.
 */
export function useHeadingFocus<T>(screen: T) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const isRequested = useRef(false);
  useEffect(() => {
    if (!isRequested.current) return;
    isRequested.current = false;
    headingRef.current?.focus();
  }, [screen]);
  const requestFocus = () => {
    isRequested.current = true;
  };
  return { headingRef, requestFocus };
}
