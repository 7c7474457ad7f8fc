import type { QuestionType } from '@/lib/content/schema';

const BLANK = /_{3,}/;

/**
 * A question's prompt out of its player: a fill-in blank drawn as a line (read out as "blank"),
 * and a who-says-so statement shown as the quotation it is.
 */
export function QuestionPrompt({ type, prompt }: { type: QuestionType; prompt: string }) {
  if (type === 'who-says-so') return <>Who says so? “{prompt}”</>;
  const [before, ...rest] = prompt.split(BLANK);
  if (type !== 'fill-blank' || rest.length === 0) return <>{prompt}</>;
  return (
    <>
      {before}
      <span aria-hidden="true" className="inline-block w-16 border-b-2 border-current align-baseline">
        &nbsp;
      </span>
      <span className="sr-only">blank</span>
      {rest.join(' ___ ')}
    </>
  );
}
