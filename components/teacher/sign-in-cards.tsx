'use client';

import { useSyncExternalStore } from 'react';
import type { SignInCard } from '@/lib/classes/sign-in-card';
import { Button } from '@/components/ui/button';

const noSubscription = () => () => {};

/**
 * Sign-in cards to print and cut out, one per student: what to type on the sign-in page. Printing
 * shows only these (`data-print-only`, app/globals.css). The codes exist only in this answer, so
 * the notice says to print now.
 */
export function SignInCards({ cards, headingId }: { cards: SignInCard[]; headingId: string }) {
  // The address students type: this site's, as the teacher's browser sees it.
  const host = useSyncExternalStore(
    noSubscription,
    () => window.location.host,
    () => '',
  );
  return (
    <section aria-labelledby={headingId} className="space-y-4" data-print-only="">
      <div className="space-y-2 print:hidden">
        <h3 id={headingId} className="text-xl font-bold tracking-tight">
          {cards.length === 1 ? 'Sign-in card' : `Sign-in cards (${cards.length})`}
        </h3>
        <p className="leading-relaxed text-stone-700 dark:text-stone-300">
          Print {cards.length === 1 ? 'it' : 'them'} now: personal codes are shown only this once. If a card is lost,
          give that student a new one from the list of students.
        </p>
        <Button type="button" variant="primary" onClick={() => window.print()}>
          Print {cards.length === 1 ? 'card' : 'cards'}
        </Button>
      </div>
      <ul className="grid gap-4 sm:grid-cols-2 print:grid-cols-2 print:gap-0">
        {cards.map((card) => (
          <li
            key={card.studentId}
            className="space-y-2 rounded-lg border-2 border-dashed border-stone-500 p-4 break-inside-avoid dark:border-stone-400 print:rounded-none print:border-stone-900 print:text-black"
          >
            <p className="text-sm font-semibold tracking-wide uppercase">Sourcewise sign-in card</p>
            <p className="text-lg font-bold break-words">{card.name}</p>
            <p className="text-sm break-words">
              {card.className} · class code <span className="font-mono">{card.classCode}</span>
            </p>
            <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
              <dt className="font-semibold">Username</dt>
              <dd className="font-mono text-lg break-all">{card.username}</dd>
              <dt className="font-semibold">Personal code</dt>
              <dd className="font-mono text-lg">{card.personalCode}</dd>
            </dl>
            <p className="text-sm">
              Sign in at{' '}
              <span className="font-mono break-all">{host ? `${host}/sign-in` : 'the Sourcewise sign-in page'}</span>.
              Keep this card to yourself: the code is your password.
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
