import Link from '@/components/ui/link';

export default function NotFound() {
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold">Page not found</h1>
      <p>There is no page at this address. It may have moved, or the link may be mistyped.</p>
      <p>
        <Link href="/" className="text-blue-700 underline underline-offset-4 dark:text-blue-300">
          Go to the course
        </Link>
      </p>
    </div>
  );
}
