import type { Metadata } from 'next';
import Link from '@/components/ui/link';
import { notFound } from 'next/navigation';
import { Suspense } from 'react';
import { BackToLesson } from '@/components/article/back-to-lesson';
import { ArticleReader } from '@/components/article/article-reader';
import { ReadAloud } from '@/components/read-aloud/read-aloud';
import { getArticle, listCourses } from '@/lib/content/course';
import { lessonOrigins } from '@/lib/content/lesson-origin';
import { linkClass } from '@/components/ui/button';

type Props = { params: Promise<{ articleId: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return [...new Set(listCourses().map((c) => c.article))].map((articleId) => ({ articleId }));
}

export const metadata: Metadata = { title: 'The article' };

export default async function ArticlePage({ params }: Props) {
  const found = getArticle((await params).articleId);
  if (!found) notFound();
  const { article, courses } = found;
  return (
    <div className="space-y-6">
      <header className="space-y-3">
        {/* The way back reads the address in the browser, so the page itself stays the same for everyone. */}
        <Suspense fallback={null}>
          <BackToLesson origins={lessonOrigins(courses)} />
        </Suspense>
        <h1 className="text-3xl font-bold tracking-tight">The article</h1>
        <p className="leading-relaxed text-stone-700 dark:text-stone-300">
          The full report this course is built from, exactly as received: it came without a title, date or publisher,
          and none is added here. Paragraphs are numbered; a citation such as 2.3 in a lesson opens this page with
          paragraph 2, sentence 3 highlighted.
        </p>
        <p className="text-sm">
          Courses built from it:{' '}
          {courses.map((c, i) => (
            <span key={c.id}>
              {i > 0 && ', '}
              <Link href={`/courses/${c.id}`} className={linkClass}>
                {c.title}
              </Link>
            </span>
          ))}
        </p>
      </header>
      {/* Read aloud reads the article text alone; its bar stays in view while that is on screen. */}
      <div className="space-y-6" data-read-root>
        <ReadAloud lang={article.language} isSticky />
        <ArticleReader article={article} />
      </div>
    </div>
  );
}
