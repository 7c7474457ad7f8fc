import { useEffect, useState } from 'react';

/**
 * The height of the site's sticky header (components/ui/site-header.tsx), so a bar stuck below it
 * is not hidden under it. Measured, not a constant: the header wraps to two lines on a narrow
 * phone and grows with the reader's text size.
 */
export function useHeaderOffset(): number {
  const [offset, setOffset] = useState(0);
  useEffect(() => {
    const header = document.querySelector('[data-sticky-header]');
    if (!header) return;
    const measure = () => setOffset(header.getBoundingClientRect().height);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(header);
    return () => observer.disconnect();
  }, []);
  return offset;
}
