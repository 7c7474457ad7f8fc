import { NextResponse } from 'next/server';
import type { CsvExport } from '@/lib/gradebook/csv-export';

/** A CSV download: never cached (it holds students' grades), saved under the export's file name. */
export function csvResponse({ filename, body }: CsvExport): NextResponse {
  return new NextResponse(body, {
    status: 200,
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      // csvFilename keeps names to ASCII letters, digits, hyphens and ".csv": safe unescaped in quotes.
      'Content-Disposition': `attachment; filename="${filename}"`,
      'Cache-Control': 'private, no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
