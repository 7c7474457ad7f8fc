// A sentence id (p2s3) as people read it: paragraph 2, sentence 3, shown as "2.3".

export type SentenceRef = { paragraph: number; sentence: number; label: string };

export function parseSentenceId(id: string): SentenceRef | undefined {
  const match = /^p(\d+)s(\d+)$/.exec(id);
  if (!match) return undefined;
  const paragraph = Number(match[1]);
  const sentence = Number(match[2]);
  return { paragraph, sentence, label: `${paragraph}.${sentence}` };
}

/**
 * The article page, at a sentence. `from` names the lesson section the link is in
 * (lib/content/lesson-origin.ts), so the article can offer the way back to it.
 */
export function articleHref(articleId: string, sentenceId?: string, from?: string): string {
  const query = from ? `?from=${encodeURIComponent(from)}` : '';
  return `/articles/${articleId}${query}${sentenceId ? `#${sentenceId}` : ''}`;
}
