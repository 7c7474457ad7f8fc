// npm run content:check – validates every course in content/ and names each problem's file and item.
// A course that is structurally sound then goes through the question-bank quality gate.
import { checkQuality } from '../lib/content/quality';
import { listCourseIds, readCourse } from '../lib/content/read';

const courseIds = listCourseIds();
let failures = 0;
if (courseIds.length === 0) {
  console.error('content:check: no courses found under content/courses/');
  process.exit(1);
}
for (const id of courseIds) {
  const result = readCourse(id);
  const problems = result.ok ? checkQuality(result.course, result.article) : result.problems;
  if (problems.length === 0 && result.ok) {
    const questions = result.course.moduleList.reduce((n, m) => n + m.questions.length, 0);
    console.log(
      `✓ course ${id}: ${result.course.moduleList.length} modules, ${questions} questions, every quote verified, quality rules kept`,
    );
    continue;
  }
  failures += problems.length;
  for (const p of problems) console.error(`✗ ${p.file}: ${p.item}: ${p.message}`);
}
if (failures > 0) {
  console.error(`content:check found ${failures} problem${failures === 1 ? '' : 's'}`);
  process.exit(1);
}
