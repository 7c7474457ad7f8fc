import { cookies } from 'next/headers';
import { connection } from 'next/server';
import type { ReactNode } from 'react';
import { ClaimNoticeBanner } from '@/components/ui/claim-notice-banner';
import { ViewerTimeProvider } from '@/components/ui/local-time';
import { SiteHeader } from '@/components/ui/site-header';
import { getCurrentUser } from '@/lib/auth/session';
import { VIEWER_TIME_COOKIE, parseViewerTimeCookie } from '@/lib/time/viewer-time';

// The header and the <main> around a page, in two kinds (each route group's layout picks one):
//
// - StaticChrome, for pages that are the same HTML for everyone (the course, its lessons, the
//   article): nothing here reads the request, so Next.js prerenders them at build time and serves
//   them from its cache, under a hash-based Content-Security-Policy (lib/http/static-csp.ts). The
//   header's account corner and the learner's progress arrive from the browser after load.
// - DynamicChrome, for everything personal: renders per request, so Next.js puts the request's CSP
//   nonce (proxy.ts) on its scripts, and the header shows who is signed in with the page.

function Main({ children }: { children: ReactNode }) {
  // No width here: each route group's layout picks one (components/ui/reading-column.tsx, wide-layout.tsx).
  return (
    <main id="main" tabIndex={-1} className="w-full flex-1 focus:outline-none">
      {children}
    </main>
  );
}

export function StaticChrome({ children }: { children: ReactNode }) {
  return (
    <>
      <SiteHeader me={undefined} />
      <ClaimNoticeBanner />
      <Main>{children}</Main>
    </>
  );
}

/**
 * For the not-found page, which Next.js renders into every page's payload (as the boundary's
 * fallback), so it must read nothing of the request or every page would render per request. Its
 * header is a guest's, with plain links that work before (and without) any script.
 */
export function NotFoundChrome({ children }: { children: ReactNode }) {
  return (
    <>
      <SiteHeader me={null} />
      <Main>{children}</Main>
    </>
  );
}

export async function DynamicChrome({ children }: { children: ReactNode }) {
  // Per request, for the nonce, even on a page that reads nothing else of the request.
  await connection();
  // If the database cannot be reached the page still renders, with "Sign in" in the header.
  const user = await getCurrentUser().catch((error: unknown) => {
    console.error('[sourcewise] could not read the signed-in user for the header:', error);
    return undefined;
  });
  // Dates are rendered in the viewer's time zone and locale when the browser has told us them in
  // its cookie (components/ui/local-time.tsx); otherwise (first visit, unusable cookie) in UTC.
  const viewerTime = parseViewerTimeCookie((await cookies()).get(VIEWER_TIME_COOKIE)?.value);
  return (
    <ViewerTimeProvider viewerTime={viewerTime}>
      <SiteHeader me={user ? { name: user.name, role: user.role } : null} />
      <ClaimNoticeBanner />
      <Main>{children}</Main>
    </ViewerTimeProvider>
  );
}
