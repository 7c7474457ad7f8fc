// What read aloud says for one marked element, and which elements it reads.

/** Marks an element read aloud as one utterance: a sentence, a heading, a question's prompt or option. */
export const SENTENCE_ATTRIBUTE = 'data-read-sentence';

// Form controls carry values, not prose; script and style carry no prose at all.
const SILENT_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'INPUT', 'SELECT', 'TEXTAREA']);

type ElementLike = {
  tagName: string;
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
};

/**
 * Left unsaid: what is hidden from assistive technology (aria-hidden), what is marked data-read-skip
 * (a citation mark's number, a "general knowledge" label), hidden elements and form controls.
 * Screen-reader-only words are kept: they are the words a listener would otherwise miss ("blank").
 */
export function isSilent(element: ElementLike): boolean {
  return (
    SILENT_TAGS.has(element.tagName.toUpperCase()) ||
    element.getAttribute('aria-hidden') === 'true' ||
    element.hasAttribute('data-read-skip') ||
    element.hasAttribute('hidden')
  );
}

/** The words of a node as they are spoken, on one line. */
export function readableText(node: Node): string {
  return collect(node).replace(/\s+/g, ' ').trim();
}

function collect(node: Node): string {
  if (node.nodeType === 3) return node.nodeValue ?? '';
  if (node.nodeType !== 1 || isSilent(node as unknown as ElementLike)) return '';
  let text = '';
  for (const child of Array.from(node.childNodes)) text += collect(child);
  return text;
}

export type Sentence = { element: HTMLElement; text: string; lang: string };

/** Marks what one control reads: the elements marked as sentences inside it. */
export const ROOT_ATTRIBUTE = 'data-read-root';

/**
 * The marked elements under a root, in document order, each with its words and its language. Those
 * inside a root of their own within it (a question shown beside the article) are that root's.
 */
export function collectSentences(root: Element, fallbackLang: string): Sentence[] {
  return Array.from(root.querySelectorAll<HTMLElement>(`[${SENTENCE_ATTRIBUTE}]`))
    .filter((element) => element.closest(`[${ROOT_ATTRIBUTE}]`) === root)
    .map((element) => ({ element, text: readableText(element), lang: langOf(element, fallbackLang) }))
    .filter((sentence) => sentence.text !== '');
}

/** The language an element is written in: its nearest lang attribute. */
export function langOf(element: Element, fallbackLang: string): string {
  return element.closest('[lang]')?.getAttribute('lang') || fallbackLang;
}
