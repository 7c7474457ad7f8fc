import type { Metadata } from 'next';
import { DashboardEmpty } from '@/components/dashboard/dashboard-empty';
import { GuestNote } from '@/components/dashboard/guest-note';
import { MasteryRule } from '@/components/dashboard/mastery-rule';
import { MistakeList } from '@/components/dashboard/mistake-list';
import { ObjectiveMasteryList } from '@/components/dashboard/objective-mastery-list';
import { ProgressTable } from '@/components/dashboard/progress-table';
import { ReviewForm } from '@/components/dashboard/review-form';
import { ScoreChart } from '@/components/dashboard/score-chart';
import { ScoreTable } from '@/components/dashboard/score-table';
import { GradeChangeNote } from '@/components/student/grade-change-note';
import { Card } from '@/components/ui/card';
import { listMyWork } from '@/lib/assignments/list-my-work';
import { systemClock } from '@/lib/clock';
import { getLearnerId } from '@/lib/auth/learner';
import { getFeaturedCourse } from '@/lib/content/course';
import { getDb } from '@/lib/db';
import { getCourseProgress } from '@/lib/progress/get-course-progress';
import { getMastery } from '@/lib/progress/get-mastery';
import { getScoreHistory } from '@/lib/progress/get-score-history';
import { listMistakes } from '@/lib/progress/list-mistakes';

export const metadata: Metadata = { title: 'My progress' };

// Per learner on every request; never prerendered at build time, when there is no one to ask about.
export const dynamic = 'force-dynamic';

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export default async function DashboardPage() {
  const course = getFeaturedCourse();
  const ownerId = await getLearnerId();
  const heading = (
    <header className="space-y-2">
      <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">My progress</h1>
      <p className="text-lg text-stone-700 dark:text-stone-300">{course.title}</p>
    </header>
  );
  const empty = (
    <div className="space-y-8">
      {heading}
      <DashboardEmpty course={course} />
    </div>
  );
  if (!ownerId) return empty;

  const db = await getDb();
  // Every query names the owner: nothing here can show another learner's work.
  const [progress, mastery, history, mistakes, assigned] = await Promise.all([
    getCourseProgress(db, ownerId, course.id),
    getMastery(db, ownerId, course.id),
    getScoreHistory(db, ownerId, course.id),
    listMistakes(db, ownerId, course.id),
    listMyWork(db, ownerId, systemClock()),
  ]);
  const changed = assigned
    .filter((a) => a.gradeChange)
    .sort((a, b) => b.gradeChange!.date.localeCompare(a.gradeChange!.date));
  // Every visitor gets a guest identity on arrival, so "no learner" is rare: nothing done yet is the usual empty case.
  // A mistake whose key the teacher still holds back is listed, but not practiced (list-mistakes.ts).
  const practisable = mistakes.filter((m) => m.feedback).length;
  const hasAnswered = mastery.some((m) => m.objectives.some((o) => o.answered > 0));
  if (progress.lessonsRead === 0 && history.length === 0 && !hasAnswered) return empty;

  return (
    <div className="space-y-10">
      {heading}
      {ownerId.startsWith('g_') && <GuestNote />}

      {changed.length > 0 && (
        <Card aria-labelledby="changes-heading">
          <h2 id="changes-heading" className="text-2xl font-bold tracking-tight">
            Changed by your teacher
          </h2>
          <ul className="space-y-3">
            {changed.map((a) => (
              <li key={a.id} className="space-y-1">
                <p className="font-semibold">{a.title}</p>
                <GradeChangeNote change={a.gradeChange!} title={a.title} />
              </li>
            ))}
          </ul>
        </Card>
      )}

      <Card aria-labelledby="progress-heading">
        <h2 id="progress-heading" className="text-2xl font-bold tracking-tight">
          Lessons and quizzes
        </h2>
        <p className="leading-relaxed">
          {`${progress.lessonsRead} of ${progress.lessonCount} lessons read · `}
          {`${count(progress.quizzesTaken, 'quiz', 'quizzes')} taken · final test taken ${count(progress.final.taken, 'time', 'times')}`}
        </p>
        <ProgressTable progress={progress} courseId={course.id} />
      </Card>

      <Card aria-labelledby="mastery-heading">
        <h2 id="mastery-heading" className="text-2xl font-bold tracking-tight">
          Mastery by learning objective
        </h2>
        <MasteryRule />
        {mastery.map((module, index) => (
          <div key={module.moduleId} className="space-y-3 pt-2">
            <h3 className="text-lg font-semibold">
              {index + 1}. {module.title}
            </h3>
            <ObjectiveMasteryList module={module} />
          </div>
        ))}
      </Card>

      <Card aria-labelledby="scores-heading">
        <h2 id="scores-heading" className="text-2xl font-bold tracking-tight">
          Scores over time
        </h2>
        {history.length === 0 ? (
          <p className="leading-relaxed text-stone-700 dark:text-stone-300">
            No quiz or test submitted yet. Your scores appear here once you submit one; practice is not scored here, as
            you can try it until it is right.
          </p>
        ) : (
          <>
            <ScoreChart points={history} />
            <h3 className="text-lg font-semibold">Every score</h3>
            <ScoreTable points={history} />
          </>
        )}
      </Card>

      <Card aria-labelledby="mistakes-heading">
        <h2 id="mistakes-heading" className="text-2xl font-bold tracking-tight">
          Review my mistakes
        </h2>
        {mistakes.length === 0 ? (
          <p className="leading-relaxed text-stone-700 dark:text-stone-300">
            Nothing to review: every question you have answered is right by your latest answer. Answers in a quiz you
            have not submitted count once you submit it.
          </p>
        ) : (
          <>
            <p className="leading-relaxed text-stone-700 dark:text-stone-300">
              {mistakes.length === 1 ? 'This question was' : `These ${mistakes.length} questions were`} not fully right
              at your latest answer. Once you answer one right (in practice, a review or a submitted quiz), it leaves
              this list.
            </p>
            {practisable > 0 && <ReviewForm courseId={course.id} count={practisable} />}
            <MistakeList mistakes={mistakes} />
          </>
        )}
      </Card>
    </div>
  );
}
