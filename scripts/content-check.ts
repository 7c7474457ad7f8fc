// npm run content:check – validates every course in content/ and names each problem's file and item.
import { listCourseIds, readCourse } from '../lib/content/read';

const courseIds = listCourseIds();
let failures = 0;
if (courseIds.length === 0) {
  console.error('content:check: no courses found under content/courses/');
  process.exit(1);
}
for (const id of courseIds) {
  const result = readCourse(id);
  if (result.ok) {
    const questions = result.course.moduleList.reduce((n, m) => n + m.questions.length, 0);
    console.log(`✓ course ${id}: ${result.course.moduleList.length} modules, ${questions} questions, every quote verified`);
    continue;
  }
  failures += result.problems.length;
  for (const p of result.problems) console.error(`✗ ${p.file}: ${p.item}: ${p.message}`);
}
if (failures > 0) {
  console.error(`content:check found ${failures} problem${failures === 1 ? '' : 's'}`);
  process.exit(1);
}
