import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { checkCourse, type CheckResult, type CourseFiles } from './check';

// Reads course files from disk. Used at build time by pages (every content page is static) and by
// the content scripts; it knows nothing of who is asking, so callers decide what leaves the server.

/** content/ beside the app; CONTENT_DIR points elsewhere (the browser tests' canary course does). */
export const CONTENT_DIR = process.env.CONTENT_DIR ? path.resolve(process.env.CONTENT_DIR) : path.join(process.cwd(), 'content');

function readJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

export function listCourseIds(contentDir = CONTENT_DIR): string[] {
  const dir = path.join(contentDir, 'courses');
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(dir, entry.name, 'course.json')))
    .map((entry) => entry.name)
    .sort();
}

/** Gathers a course's files, naming each relative to the content folder for error messages. */
export function readCourseFiles(courseId: string, contentDir = CONTENT_DIR): CourseFiles {
  const rel = (file: string) => path.relative(contentDir, file) || file;
  const courseDir = path.join(contentDir, 'courses', courseId);
  const courseFile = path.join(courseDir, 'course.json');
  const courseRaw = readJson(courseFile);
  const meta = (courseRaw ?? {}) as { article?: unknown; modules?: unknown };
  const articleId = typeof meta.article === 'string' ? meta.article : '';
  const articleDir = path.join(contentDir, 'articles', articleId);
  const articleFile = path.join(articleDir, 'article.json');
  const articleRaw = readJson(articleFile);
  const source = (articleRaw as { source?: unknown } | undefined)?.source;
  const sourceFile = typeof source === 'string' ? path.join(articleDir, source) : '';
  const moduleNames = Array.isArray(meta.modules) ? meta.modules.filter((m): m is string => typeof m === 'string') : [];
  return {
    course: { file: rel(courseFile), raw: courseRaw },
    article: {
      file: rel(articleFile),
      raw: articleRaw,
      text: sourceFile && existsSync(sourceFile) ? readFileSync(sourceFile, 'utf8') : undefined,
    },
    modules: moduleNames.map((name) => {
      const file = path.join(courseDir, name);
      return { file: rel(file), raw: readJson(file) };
    }),
  };
}

export function readCourse(courseId: string, contentDir = CONTENT_DIR): CheckResult {
  return checkCourse(readCourseFiles(courseId, contentDir));
}
