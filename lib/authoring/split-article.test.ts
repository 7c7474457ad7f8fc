import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitArticle } from './split-article';

describe('splitArticle', () => {
  it('gives back the built-in article from its plain-text file, paragraph by paragraph', () => {
    const root = path.join(process.cwd(), 'content/articles/nk-russia-pact');
    const text = readFileSync(path.join(root, 'article.txt'), 'utf8');
    const article = JSON.parse(readFileSync(path.join(root, 'article.json'), 'utf8')) as {
      paragraphs: { sentences: { text: string }[] }[];
    };
    expect(splitArticle(text, 'text')).toEqual({
      paragraphs: article.paragraphs.map((p) => ({ sentences: p.sentences.map((s) => s.text) })),
    });
  });

  it('takes a line per paragraph from a text without blank lines', () => {
    expect(splitArticle('One paragraph. Two sentences.\nAnother one.\n', 'text').paragraphs).toEqual([
      { sentences: ['One paragraph.', 'Two sentences.'] },
      { sentences: ['Another one.'] },
    ]);
  });

  it('joins a paragraph’s line breaks where blank lines part paragraphs, and reads Windows line ends', () => {
    const text = 'First line\nof one paragraph. Second sentence.\r\n\r\n   \n\nAnother paragraph.';
    expect(splitArticle(text, 'text').paragraphs).toEqual([
      { sentences: ['First line of one paragraph.', 'Second sentence.'] },
      { sentences: ['Another paragraph.'] },
    ]);
  });

  it('reads Markdown’s words without its markup, and never invents a title', () => {
    const markdown = [
      '# Talks resume',
      '',
      'The **envoys** met in [Geneva](https://example.org/geneva) on _Monday_. ![A photo](photo.jpg)They spoke.',
      '',
      '---',
      '',
      '> “We are hopeful,” one said.',
      '',
      '- A list item, kept as a paragraph.',
    ].join('\n');
    expect(splitArticle(markdown, 'markdown').paragraphs).toEqual([
      { sentences: ['Talks resume'] },
      { sentences: ['The envoys met in Geneva on Monday.', 'They spoke.'] },
      { sentences: ['“We are hopeful,” one said.'] },
      { sentences: ['A list item, kept as a paragraph.'] },
    ]);
  });

  it('leaves snake_case words and arithmetic alone in plain text and Markdown', () => {
    const text = 'The file is named data_set_one. It says 2 * 3 * 4 = 24.';
    expect(splitArticle(text, 'markdown').paragraphs[0]!.sentences).toEqual([
      'The file is named data_set_one.',
      'It says 2 * 3 * 4 = 24.',
    ]);
    expect(splitArticle(text, 'text').paragraphs[0]!.sentences).toEqual([
      'The file is named data_set_one.',
      'It says 2 * 3 * 4 = 24.',
    ]);
  });
});
