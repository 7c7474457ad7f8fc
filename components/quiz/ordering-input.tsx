import { useEffect, useRef, useState } from 'react';
import type { OptionView } from '@/lib/attempts/views';
import type { ResponseOf } from '@/lib/grading/response';
import { displayedOrder, moveItem, positionAnnouncement } from './ordering';
import { legendClass } from '@/components/quiz/choice-styles';
import { Button, buttonClass } from '@/components/ui/button';

type Props = {
  prompt: string;
  options: OptionView[];
  value: ResponseOf<'ordering'> | undefined;
  onChange: (response: ResponseOf<'ordering'>) => void;
  disabled?: boolean;
};

type Direction = 'up' | 'down';

// The button that replaces itself hands focus to the sentence that takes its place.
const KEPT = 'kept';

const moveButton = `${buttonClass('secondary')} px-3 text-sm`;

/**
 * An ordered list rearranged with Move up / Move down buttons (no dragging, so it works for
 * keyboard, switch and screen-reader users). The end buttons are aria-disabled rather than
 * disabled, so focus stays on the button just pressed even when the item reaches an end.
 */
export function OrderingInput({ prompt, options, value, onChange, disabled }: Props) {
  const order = displayedOrder(options, value?.order);
  const textOf = new Map(options.map((o) => [o.token, o.text]));
  const buttons = useRef(new Map<string, HTMLElement>());
  const pendingFocus = useRef<string | null>(null);
  const [announcement, setAnnouncement] = useState({ text: '', count: 0 });

  useEffect(() => {
    if (pendingFocus.current === null) return;
    buttons.current.get(pendingFocus.current)?.focus();
    pendingFocus.current = null;
  });

  const move = (index: number, direction: Direction) => {
    const target = index + (direction === 'up' ? -1 : 1);
    if (target < 0 || target >= order.length) return;
    const token = order[index]!;
    pendingFocus.current = `${token}:${direction}`;
    onChange({ type: 'ordering', order: moveItem(order, index, direction === 'up' ? -1 : 1) });
    // The count changes the node's key, so a repeat of the same words is announced again.
    setAnnouncement((a) => ({ text: positionAnnouncement(target + 1, order.length), count: a.count + 1 }));
  };

  const button = (token: string, index: number, direction: Direction) => {
    const isAtEnd = direction === 'up' ? index === 0 : index === order.length - 1;
    return (
      <button
        type="button"
        ref={(el) => {
          if (el) buttons.current.set(`${token}:${direction}`, el);
          else buttons.current.delete(`${token}:${direction}`);
        }}
        aria-disabled={isAtEnd || undefined}
        onClick={() => move(index, direction)}
        className={moveButton}
      >
        <span aria-hidden="true">{direction === 'up' ? '↑' : '↓'}</span>
        <span>
          Move<span className="sr-only"> &apos;{textOf.get(token)}&apos;</span> {direction}
        </span>
      </button>
    );
  };

  return (
    <fieldset disabled={disabled} className="min-w-0">
      <legend data-read-sentence className={legendClass}>
        {prompt}
      </legend>
      <p className="mb-3 text-stone-700 dark:text-stone-300">Put the items in order, first at the top.</p>
      {/* role="list": Safari drops list semantics (and so "1 of 3") from a list styled without markers. */}
      <ol role="list" className="space-y-2">
        {order.map((token, index) => (
          <li
            key={token}
            className="flex flex-col gap-2 rounded-lg border border-stone-300 px-3 py-2 sm:flex-row sm:items-center dark:border-stone-700"
          >
            <span className="flex flex-1 items-start gap-3 leading-snug">
              <span aria-hidden="true" className="min-w-6 font-semibold text-stone-700 dark:text-stone-300">
                {index + 1}.
              </span>
              <span data-read-sentence>{textOf.get(token)}</span>
            </span>
            <span className="flex gap-2">
              {button(token, index, 'up')}
              {button(token, index, 'down')}
            </span>
          </li>
        ))}
      </ol>
      {value === undefined ? (
        !disabled && (
          <div className="mt-3 flex flex-wrap items-center gap-3">
            <Button
              type="button"
              onClick={() => {
                pendingFocus.current = KEPT;
                onChange({ type: 'ordering', order });
              }}
              variant="secondary"
            >
              Keep this order
            </Button>
            <span className="text-sm text-stone-700 dark:text-stone-300">if it is already right.</span>
          </div>
        )
      ) : (
        <p
          tabIndex={-1}
          ref={(el) => {
            if (el) buttons.current.set(KEPT, el);
            else buttons.current.delete(KEPT);
          }}
          className="mt-3 text-sm text-stone-700 focus:outline-none dark:text-stone-300"
        >
          This order is your answer.
        </p>
      )}
      <div role="status" aria-live="polite" className="sr-only">
        <span key={announcement.count}>{announcement.text}</span>
      </div>
    </fieldset>
  );
}
