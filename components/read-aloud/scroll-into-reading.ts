/**
 * Brings the sentence being read into view when it is not, a third of the way down the space left
 * under what covers the top of the window (the sticky header, a stuck read-aloud bar); smoothly
 * unless the reader asks for less motion. A sentence already in view stays put: no jumping about.
 */
export function scrollIntoReading(element: HTMLElement, covers: (Element | null)[]): void {
  const top = Math.max(0, ...covers.map((c) => c?.getBoundingClientRect().bottom ?? 0)) + 8;
  const bottom = window.innerHeight - 8;
  const box = element.getBoundingClientRect();
  if (box.top >= top && box.bottom <= bottom) return;
  const isReduced = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  window.scrollBy({ top: box.top - top - (bottom - top) / 3, behavior: isReduced ? 'auto' : 'smooth' });
}
