// GET /api/articles/[articleId] – the article's paragraphs, for the article panel beside a question; public, the same for everyone.
import { getArticle, listCourses } from '@/lib/content/course';
import { AppError } from '@/lib/errors';
import { apiRoute } from '@/lib/http/api-route';

// Built once with the app (the article is content, like its page), so asking costs the server
// nothing, and the browser may keep it: the text changes only with a new build.
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return [...new Set(listCourses().map((c) => c.article))].map((articleId) => ({ articleId }));
}

const headers = { 'Cache-Control': 'public, max-age=3600' };

export const GET = apiRoute({ auth: 'public', database: false, params: ['articleId'] }, async ({ params }) => {
  const found = getArticle(params.articleId);
  if (!found) throw new AppError('not_found', 'There is no such article.');
  const { id, language, paragraphs } = found.article;
  // Only the text: where it came from (the source file, notes) is for the article page.
  return Response.json({ article: { id, language, paragraphs } }, { headers });
});
