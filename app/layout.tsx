import type { Metadata, Viewport } from 'next';
import { cookies, headers } from 'next/headers';
import { connection } from 'next/server';
import { ViewerTimeProvider } from '@/components/ui/local-time';
import { SiteFooter } from '@/components/ui/site-footer';
import { SiteHeader } from '@/components/ui/site-header';
import { ClaimNoticeBanner } from '@/components/ui/claim-notice-banner';
import { CLAIM_NOTICE_HEADER, parseClaimNotice } from '@/lib/auth/claim-notice';
import { getCurrentUser } from '@/lib/auth/session';
import { VIEWER_TIME_COOKIE, parseViewerTimeCookie } from '@/lib/time/viewer-time';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Sourcewise', template: '%s · Sourcewise' },
  description: 'Courses built from news articles, where every fact points to the sentence that says so.',
  // public/manifest.webmanifest: a student can add the course to a phone's home screen.
  manifest: '/manifest.webmanifest',
};

export const viewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#ffffff' },
    { media: '(prefers-color-scheme: dark)', color: '#0c0a09' },
  ],
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Every page renders per request: Next.js puts the request's CSP nonce (proxy.ts) on its scripts
  // only while rendering, so a page prerendered at build time would have scripts the browser refuses.
  await connection();
  // The header shows who is signed in. Pages that need the user read the same per-request value.
  // The article and the course do not need the database, so if it cannot be reached they still
  // render, with "Sign in" in the header.
  const user = await getCurrentUser().catch((error: unknown) => {
    console.error('[sourcewise] could not read the signed-in user for the header:', error);
    return undefined;
  });
  // Dates are rendered in the viewer's time zone and locale when the browser has told us them in
  // its cookie (components/ui/local-time.tsx); otherwise (first visit, unusable cookie) in UTC.
  const viewerTime = parseViewerTimeCookie((await cookies()).get(VIEWER_TIME_COOKIE)?.value);
  // Set when signing in took a guest's work into the account (lib/auth/claim-notice.ts), this page only.
  const claimNotice = user ? parseClaimNotice((await headers()).get(CLAIM_NOTICE_HEADER) ?? undefined) : undefined;
  return (
    <html lang="en">
      <body className="group/body flex min-h-screen flex-col bg-white font-sans text-stone-900 antialiased dark:bg-stone-950 dark:text-stone-100">
        <a
          href="#main"
          className="sr-only z-50 rounded bg-stone-900 px-4 py-2 text-white focus:not-sr-only focus:fixed focus:left-4 focus:top-4 dark:bg-white dark:text-stone-900"
        >
          Skip to content
        </a>
        <ViewerTimeProvider viewerTime={viewerTime}>
          <SiteHeader me={user ? { name: user.name, role: user.role } : null} />
          {claimNotice && <ClaimNoticeBanner notice={claimNotice} />}
          {/* No width here: each route group's layout picks one (components/ui/reading-column.tsx, wide-layout.tsx). */}
          <main id="main" tabIndex={-1} className="w-full flex-1 focus:outline-none">
            {children}
          </main>
          <SiteFooter />
        </ViewerTimeProvider>
      </body>
    </html>
  );
}
