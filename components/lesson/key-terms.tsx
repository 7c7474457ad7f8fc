import type { Module } from '@/lib/content/schema';

export function KeyTerms({ terms }: { terms: Module['terms'] }) {
  if (terms.length === 0) return null;
  return (
    <section
      aria-labelledby="key-terms"
      className="rounded-xl border border-stone-200 bg-stone-50 p-5 dark:border-stone-800 dark:bg-stone-900"
    >
      <h2 id="key-terms" className="text-lg font-semibold">
        Key terms
      </h2>
      <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">
        General definitions, not taken from the article.
      </p>
      <dl className="mt-4 space-y-3">
        {terms.map((t) => (
          <div key={t.term}>
            <dt className="font-semibold">
              <dfn className="not-italic">{t.term}</dfn>
            </dt>
            <dd className="leading-relaxed text-stone-700 dark:text-stone-300">{t.definition}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
