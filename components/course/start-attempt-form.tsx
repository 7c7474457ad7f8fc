// A plain HTML form that starts (or resumes) an attempt: it works before any script loads, and the
// server answers with a redirect to the attempt page.

const buttonClass = {
  primary:
    'inline-flex min-h-11 items-center rounded-lg bg-blue-700 px-5 font-semibold text-white hover:bg-blue-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700 dark:bg-blue-300 dark:text-stone-950 dark:hover:bg-blue-200',
  secondary:
    'inline-flex min-h-11 items-center rounded-lg border border-stone-500 px-5 font-semibold hover:bg-stone-100 focus-visible:outline-2 focus-visible:outline-offset-2 dark:border-stone-400 dark:hover:bg-stone-900',
};

type Props = { courseId: string; kind: 'practice' | 'quiz' | 'final'; moduleId?: string; label: string; variant?: keyof typeof buttonClass };

export function StartAttemptForm({ courseId, kind, moduleId, label, variant = 'primary' }: Props) {
  return (
    <form method="post" action="/api/attempts">
      <input type="hidden" name="courseId" value={courseId} />
      <input type="hidden" name="kind" value={kind} />
      {moduleId && <input type="hidden" name="moduleId" value={moduleId} />}
      <button type="submit" className={buttonClass[variant]}>
        {label}
      </button>
    </form>
  );
}
