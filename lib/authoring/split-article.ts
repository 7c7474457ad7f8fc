import { splitSentences } from './split-sentences';

// A teacher's article, pasted or uploaded, as the course builder keeps it: paragraphs of
// sentences, the text exactly as given except for whitespace and Markdown's markup. Nothing is
// added: no title is guessed from a heading, no sentence is rewritten. HTML upload needs a real
// parser and comes with the builder's upload step.

export type ArticleFormat = 'text' | 'markdown';

export type SplitArticle = { paragraphs: { sentences: string[] }[] };

/** Markdown's markup around the words: headings' #, list bullets, emphasis, links (their text kept), images (dropped). */
function stripMarkdown(block: string): string {
  return block
    .split('\n')
    .map((line) =>
      line
        .replace(/^\s{0,3}#{1,6}\s+/, '')
        .replace(/^\s{0,3}>\s?/, '')
        .replace(/^\s*(?:[-*+]|\d+[.)])\s+/, ''),
    )
    .join('\n')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[\s(])[*_](\S(?:.*?\S)?)[*_](?=[\s).,;:!?]|$)/g, '$1$2')
    .replace(/`([^`]+)`/g, '$1');
}

const isRule = (block: string) => /^\s*(?:[-*_]\s*){3,}$/.test(block);

/**
 * Paragraphs are separated by blank lines, and a line break inside one is a space; a text with no
 * blank line at all (as text copied from a web page often is, and the built-in article's file)
 * has a paragraph per line.
 */
export function splitArticle(body: string, format: ArticleFormat): SplitArticle {
  const text = body.replace(/\r\n?/g, '\n').trim();
  const blocks = text
    .split(/\n\s*\n/.test(text) ? /\n\s*\n/ : /\n/)
    .filter((block) => !(format === 'markdown' && isRule(block)))
    .map((block) => (format === 'markdown' ? stripMarkdown(block) : block));
  return {
    paragraphs: blocks.map((block) => ({ sentences: splitSentences(block) })).filter((p) => p.sentences.length > 0),
  };
}
