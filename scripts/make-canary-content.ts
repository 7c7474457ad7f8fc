// Writes the canary course for the browser tests: the real course with a unique canary string
// planted in every question's explanation and, wherever the key is an id or a text, in the key
// itself. A browser test then searches every response it receives for the canaries of questions
// not yet answered. Output: .e2e/canary-content (or the folder given as the first argument).
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { readCourse } from '../lib/content/read';
import type { Module, Question } from '../lib/content/schema';
import { canaryExplanation, canaryKey } from '../e2e/support/canary';

const source = path.resolve('content');
const target = path.resolve(process.argv[2] ?? '.e2e/canary-content');

function plant(question: Question): Question {
  const explanation = `${question.explanation} ${canaryExplanation(question.id)}`;
  const rename = (ids: string[]) => new Map(ids.map((id, i) => [id, `${canaryKey(question.id)}-${i + 1}`]));
  switch (question.type) {
    case 'single-choice': {
      const names = rename([question.answer]);
      return {
        ...question,
        explanation,
        options: question.options.map((o) => ({ ...o, id: names.get(o.id) ?? o.id })),
        answer: names.get(question.answer)!,
      };
    }
    case 'multiple-select':
    case 'ordering': {
      const names = rename(question.answer);
      return {
        ...question,
        explanation,
        options: question.options.map((o) => ({ ...o, id: names.get(o.id) ?? o.id })),
        answer: question.answer.map((id) => names.get(id)!),
      } as Question;
    }
    case 'matching': {
      const names = rename(Object.values(question.answer));
      return {
        ...question,
        explanation,
        options: {
          left: question.options.left,
          right: question.options.right.map((o) => ({ ...o, id: names.get(o.id) ?? o.id })),
        },
        answer: Object.fromEntries(Object.entries(question.answer).map(([l, r]) => [l, names.get(r)!])),
      };
    }
    case 'fill-blank':
      return { ...question, explanation, answer: [...question.answer, canaryKey(question.id)] };
    default:
      return { ...question, explanation };
  }
}

rmSync(target, { recursive: true, force: true });
mkdirSync(path.dirname(target), { recursive: true });
cpSync(source, target, { recursive: true });
const courseDir = path.join(target, 'courses', 'nk-russia-pact');
const course = JSON.parse(readFileSync(path.join(courseDir, 'course.json'), 'utf8')) as { modules: string[] };
for (const file of course.modules) {
  const full = path.join(courseDir, file);
  const courseModule = JSON.parse(readFileSync(full, 'utf8')) as Module;
  writeFileSync(
    full,
    JSON.stringify({ ...courseModule, questions: courseModule.questions.map(plant) }, null, 2) + '\n',
  );
}
const check = readCourse('nk-russia-pact', target);
if (!check.ok) {
  for (const p of check.problems) console.error(`${p.file}: ${p.item}: ${p.message}`);
  throw new Error('The canary course is not valid content');
}
console.log(`Canary course written to ${path.relative(process.cwd(), target)}`);
