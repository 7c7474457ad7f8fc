'use client';

import { useEffect, useRef, useState, type ReactNode } from 'react';

/**
 * Focusable, so the keyboard can scroll it too, and named (a label or the caption's id), so a
 * screen reader says what it is. `relative`, so the screen-reader-only text in its cells (absolutely
 * positioned) scrolls with it instead of widening the whole page. When the table is wider than its
 * box (a phone), the box scrolls, never the page: a shadow at the right edge (.scroll-cue in
 * app/globals.css) and a line above it say there is more to the side.
 */
export function TableRegion({
  label,
  labelledBy,
  isGrid = false,
  children,
}: {
  label?: string;
  labelledBy?: string;
  isGrid?: boolean;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const [isWider, setIsWider] = useState(false);
  useEffect(() => {
    const box = ref.current;
    if (!box) return;
    const measure = () => setIsWider(box.scrollWidth > box.clientWidth + 1);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(box);
    if (box.firstElementChild) observer.observe(box.firstElementChild);
    return () => observer.disconnect();
  }, []);
  return (
    <div>
      {/* For sighted readers; the region itself is announced with its name and can be scrolled with the arrow keys. */}
      <p
        aria-hidden="true"
        hidden={!isWider}
        data-scroll-hint
        className="mb-1 text-sm text-stone-700 dark:text-stone-300"
      >
        Scroll sideways for more <span className="font-semibold">→</span>
      </p>
      <div
        ref={ref}
        data-table-region
        // A data grid's row rules run to its edges, where rounded corners would clip them.
        className={`scroll-cue relative overflow-x-auto ${isGrid ? '' : 'rounded '}focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700 dark:focus-visible:outline-blue-300`}
        tabIndex={0}
        role="region"
        aria-label={label}
        aria-labelledby={labelledBy}
      >
        {children}
      </div>
    </div>
  );
}
