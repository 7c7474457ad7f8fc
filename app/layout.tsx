import type { Metadata, Viewport } from 'next';
import { SiteFooter } from '@/components/ui/site-footer';
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

// Static: nothing here reads the request, so a page whose route group picks StaticChrome is
// prerendered at build time (components/ui/page-chrome.tsx says which and why).
export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body className="group/body flex min-h-screen flex-col bg-white font-sans text-stone-900 antialiased dark:bg-stone-950 dark:text-stone-100">
        <a
          href="#main"
          className="sr-only z-50 rounded bg-stone-900 px-4 py-2 text-white focus:not-sr-only focus:fixed focus:left-4 focus:top-4 dark:bg-white dark:text-stone-900"
        >
          Skip to content
        </a>
        {children}
        <SiteFooter />
      </body>
    </html>
  );
}
