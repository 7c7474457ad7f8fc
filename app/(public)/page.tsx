import { CourseOverview } from '@/components/course/course-overview';
import { getFeaturedCourse } from '@/lib/content/course';

export default function HomePage() {
  return <CourseOverview course={getFeaturedCourse()} />;
}
