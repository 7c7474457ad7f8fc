/** The assign form's rules in words (lib/assignments/describe-rules.ts), read before saving. */
export function RulesPreview({ text }: { text: string }) {
  return (
    <section
      aria-labelledby="rules-preview-heading"
      className="rounded-lg border border-stone-300 bg-stone-50 p-3 dark:border-stone-700 dark:bg-stone-900"
    >
      <h4 id="rules-preview-heading" className="font-semibold">
        What students will get
      </h4>
      <p>{text}</p>
    </section>
  );
}
