import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { CourseOverview } from '@/components/course/course-overview';
import { getCourse, listCourses } from '@/lib/content/course';

type Props = { params: Promise<{ courseId: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return listCourses().map((course) => ({ courseId: course.id }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const course = getCourse((await params).courseId);
  return { title: course?.title };
}

export default async function CoursePage({ params }: Props) {
  const course = getCourse((await params).courseId);
  if (!course) notFound();
  return <CourseOverview course={course} />;
}
