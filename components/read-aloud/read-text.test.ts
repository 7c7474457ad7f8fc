import { describe, expect, it } from 'vitest';
import { collectSentences, readableText } from './read-text';

// Just enough of the DOM for the walk: text nodes, and elements with attributes and children.
type Fake = { nodeType: number; nodeValue: string | null; childNodes: Fake[] };
const text = (value: string): Fake => ({ nodeType: 3, nodeValue: value, childNodes: [] });
const el = (tagName: string, attrs: Record<string, string>, ...childNodes: Fake[]) => ({
  nodeType: 1,
  nodeValue: null,
  tagName,
  childNodes,
  getAttribute: (name: string) => attrs[name] ?? null,
  hasAttribute: (name: string) => name in attrs,
  closest: (selector: string): unknown => {
    if (selector === '[data-read-root]') return attrs.root === 'inner' ? innerRoot : outerRoot;
    return selector === '[lang]' && attrs.lang ? { getAttribute: (name: string) => attrs[name] ?? null } : null;
  },
});
const outerRoot = { name: 'outer' };
const innerRoot = { name: 'inner' };
const read = (node: Fake) => readableText(node as unknown as Node);

describe('readableText', () => {
  it('reads a cited lesson sentence without its citation marks, and with one space between words', () => {
    // As components/lesson/lesson-body.tsx renders it: the text, then marks with a screen-reader phrase.
    const citation = (label: string) =>
      el(
        'A',
        { 'data-read-skip': '' },
        text(label),
        el('SPAN', { class: 'sr-only' }, text(' (source: article, paragraph 2, sentence 3)')),
      );
    const sentence = el('SPAN', {}, text('The pact was signed in June.'), citation('2.3'), citation('4.1'), text(' '));
    expect(read(sentence)).toBe('The pact was signed in June.');
  });

  it('leaves out what is hidden from assistive technology and keeps what only screen readers get', () => {
    const legend = el(
      'LEGEND',
      {},
      text('The pact was signed in '),
      el('SPAN', { 'aria-hidden': 'true' }, text('\u00a0')),
      el('SPAN', { class: 'sr-only' }, text('blank')),
      text('.'),
    );
    expect(read(legend)).toBe('The pact was signed in blank.');
    const option = el('SPAN', {}, text('Russia'), el('SPAN', { 'aria-hidden': 'true' }, text('Your answer')));
    expect(read(option)).toBe('Russia');
  });

  it('says nothing for form controls and hidden elements, and reads aria-hidden="false"', () => {
    const row = el(
      'LABEL',
      {},
      el('INPUT', { type: 'radio' }),
      el('SPAN', { hidden: '' }, text('secret')),
      el('SPAN', { 'aria-hidden': 'false' }, text('True')),
    );
    expect(read(row)).toBe('True');
  });

  it('folds line breaks and runs of spaces from the markup into single spaces', () => {
    expect(read(el('P', {}, text('\n  Two   lines\n'), text('\tjoined  ')))).toBe('Two lines joined');
  });
});

describe('collectSentences', () => {
  const rootOf = (...elements: ReturnType<typeof el>[]) =>
    Object.assign(outerRoot, {
      querySelectorAll: (selector: string) => (selector === '[data-read-sentence]' ? elements : []),
    }) as unknown as Element;

  it('keeps the document order, drops elements with nothing to say or under a root of their own, and gives each its language', () => {
    const first = el('SPAN', { lang: 'de' }, text('Erster Satz.'));
    const onlyMarks = el('SPAN', {}, el('A', { 'data-read-skip': '' }, text('1.2')));
    const second = el('SPAN', {}, text('Second sentence.'));
    // A question beside the text, with its own read-aloud root: not read with the text.
    const questionPrompt = el('LEGEND', { root: 'inner' }, text('Which sentence says so?'));
    const sentences = collectSentences(rootOf(first, onlyMarks, questionPrompt, second), 'en');
    expect(sentences.map((s) => [s.text, s.lang])).toEqual([
      ['Erster Satz.', 'de'],
      ['Second sentence.', 'en'],
    ]);
    expect(sentences[0]!.element).toBe(first);
  });
});
