/**
 * The tag after a general-knowledge sentence: grey, italic, no underline and no pointer, so it never
 * reads as a link (the blue citation numbers are the links); screen readers hear what it means.
 */
export function GeneralKnowledgeTag() {
  return (
    <span
      data-general-knowledge
      data-read-skip
      className="ml-1 cursor-default whitespace-nowrap rounded bg-stone-100 px-1.5 py-0.5 align-baseline font-sans text-xs italic text-stone-700 no-underline dark:bg-stone-800 dark:text-stone-300"
    >
      general knowledge<span className="sr-only">, not from the article</span>
    </span>
  );
}
