import type { ContentProblem } from './check';
import type { BankModule } from './quality';
import { findUkSpellings } from './quality-text';
import type { Module, Question } from './schema';

// The gate's spelling rule: the course writes one variety of English (US, as the article does), so
// a learner never meets "defence" in a lesson and "defense" in a question.

export function checkSpelling(modules: BankModule[]): ContentProblem[] {
  return modules.flatMap(({ file, module, active }) =>
    visibleTexts(module, active).flatMap(({ item, field, text }) =>
      findUkSpellings(text).map(({ uk, us }) => ({ file, item, message: `UK spelling "${uk}" in ${field}; write "${us}"` })),
    ),
  );
}

type VisibleText = { item: string; field: string; text: string };

/** Everything of a module a learner reads, except ids and evidence quotes (the article verbatim). */
function visibleTexts(module: Module, active: Question[]): VisibleText[] {
  const texts: VisibleText[] = [
    { item: 'module', field: 'title', text: module.title },
    { item: 'module', field: 'summary', text: module.summary },
    ...module.objectives.map((o) => ({ item: `objective ${o.id}`, field: 'text', text: o.text })),
    ...module.terms.flatMap((t) => [
      { item: `term ${t.term}`, field: 'term', text: t.term },
      { item: `term ${t.term}`, field: 'definition', text: t.definition },
    ]),
    { item: 'lesson', field: 'title', text: module.lesson.title },
  ];
  module.lesson.sections.forEach((section, s) => {
    texts.push({ item: `lesson section ${s + 1}`, field: 'heading', text: section.heading });
    section.paragraphs.forEach((paragraph, p) =>
      paragraph.forEach((sentence, n) =>
        texts.push({ item: `lesson section ${s + 1} paragraph ${p + 1} sentence ${n + 1}`, field: 'text', text: sentence.text }),
      ),
    );
  });
  for (const q of active) {
    const item = `question ${q.id}`;
    texts.push({ item, field: 'prompt', text: q.prompt }, { item, field: 'explanation', text: q.explanation });
    for (const option of optionsOf(q)) texts.push({ item, field: `option ${option.id}`, text: option.text });
    for (const note of q.history ?? []) texts.push({ item, field: `history note (revision ${note.revision})`, text: note.note });
  }
  return texts;
}

function optionsOf(q: Question): { id: string; text: string }[] {
  switch (q.type) {
    case 'single-choice':
    case 'multiple-select':
    case 'ordering':
      return q.options;
    case 'matching':
      return [...q.options.left, ...q.options.right];
    default:
      return [];
  }
}
