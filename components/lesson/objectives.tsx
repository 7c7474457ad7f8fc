import type { Module } from '@/lib/content/schema';

export function Objectives({ objectives }: { objectives: Module['objectives'] }) {
  return (
    <section
      aria-labelledby="objectives"
      className="rounded-xl border border-blue-200 bg-blue-50 p-5 dark:border-blue-900 dark:bg-blue-950"
    >
      <h2 id="objectives" className="text-lg font-semibold">
        By the end of this lesson you will be able to
      </h2>
      <ul className="mt-3 list-disc space-y-1 pl-5 leading-relaxed">
        {objectives.map((o) => (
          <li key={o.id}>{o.text}</li>
        ))}
      </ul>
    </section>
  );
}
