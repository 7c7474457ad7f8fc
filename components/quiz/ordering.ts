import type { OptionView } from '@/lib/attempts/views';

/** The list with the item at `index` moved by `delta` places; unchanged when that leaves the list. */
export function moveItem<T>(items: readonly T[], index: number, delta: -1 | 1): T[] {
  const target = index + delta;
  if (index < 0 || index >= items.length || target < 0 || target >= items.length) return [...items];
  const next = [...items];
  [next[index], next[target]] = [next[target]!, next[index]!];
  return next;
}

/**
 * The order to show: the learner's saved order when it still names every option exactly once,
 * otherwise the options as the server sent them. The answer must always list every token.
 */
export function displayedOrder(options: readonly OptionView[], order: readonly string[] | undefined): string[] {
  const tokens = options.map((o) => o.token);
  if (!order) return tokens;
  const known = new Set(tokens);
  const kept = order.filter((t, i) => known.has(t) && order.indexOf(t) === i);
  return [...kept, ...tokens.filter((t) => !kept.includes(t))];
}

export function positionAnnouncement(position: number, total: number): string {
  return `Moved to position ${position} of ${total}`;
}
