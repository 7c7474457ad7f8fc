import type { ConnectionWords } from './connection-words';

/**
 * Says plainly when the learner is offline and how many answers are waiting. The live region is
 * always in the page (a region that appears with its text is often not read out); its box shows
 * only when there is something to say.
 */
export function ConnectionNotice({ words, className }: { words: ConnectionWords | null; className: string }) {
  return (
    <div role="status" aria-live="polite" className={words ? className : ''}>
      {words && (
        <div className="rounded-lg border border-amber-700 bg-amber-50 px-4 py-2 text-amber-950 dark:border-amber-300 dark:bg-amber-950 dark:text-amber-50">
          <p className="font-semibold">{words.title}</p>
          {words.lines.map((line) => (
            <p key={line} className="text-sm">
              {line}
            </p>
          ))}
        </div>
      )}
    </div>
  );
}
