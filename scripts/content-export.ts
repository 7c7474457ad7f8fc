// npm run --silent content:export – prints every course in content/ as one JSON document on stdout,
// in the shape documented in docs/content-export.md. Nothing else is written to stdout, so the output
// can be piped straight into another tool. Invalid content exports nothing: the problems go to
// stderr and the exit code is 1.
import { exportDocument } from '../lib/content/export';
import { listCourseIds, readCourse } from '../lib/content/read';
import type { Article, Course } from '../lib/content/schema';

const courseIds = listCourseIds();
const courses: { course: Course; article: Article }[] = [];
let failures = 0;
if (courseIds.length === 0) {
  console.error('content:export: no courses found under content/courses/');
  failures++;
}
for (const id of courseIds) {
  const result = readCourse(id);
  if (result.ok) {
    courses.push({ course: result.course, article: result.article });
    continue;
  }
  failures += result.problems.length;
  for (const p of result.problems) console.error(`✗ ${p.file}: ${p.item}: ${p.message}`);
}

if (failures > 0) {
  console.error('content:export: content is invalid, nothing exported (run npm run content:check)');
  // exitCode rather than exit(), so that whatever was written is flushed before the process ends.
  process.exitCode = 1;
} else {
  process.stdout.write(`${JSON.stringify(exportDocument(courses), null, 2)}\n`);
}
