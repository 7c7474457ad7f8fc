import type { ReactNode } from 'react';

// The two page widths. Each route group's layout picks one; app/not-found.tsx and the error view
// (components/ui/error-view.tsx) pick the reading column too, because a page not found is also
// shown outside any group (an unknown address). Shown inside a group's width (a page that is not found), a second width
// adds nothing: app/globals.css drops its size and padding.
export const pageWidthClass = 'mx-auto w-full px-4 py-8 sm:px-6';

/** Data pages (gradebook, statistics, rosters, dashboards) use the screen's width, up to 96rem. */
export function WideLayout({ children }: { children: ReactNode }) {
  return (
    <div data-page-width="wide" className={`${pageWidthClass} max-w-[96rem]`}>
      {children}
    </div>
  );
}

/**
 * The site header's and footer's inner width. The root layout draws them above every route group,
 * so they cannot be handed the page's width; they follow the page on the screen instead.
 */
export const chromeWidth = 'mx-auto max-w-3xl group-has-[[data-page-width=wide]]/body:max-w-[96rem]';
