import { chromeWidth } from './wide-layout';

export function SiteFooter() {
  return (
    <footer className="border-t border-stone-200 dark:border-stone-800">
      <p className={`${chromeWidth} px-4 py-6 text-sm text-stone-600 sm:px-6 dark:text-stone-400`}>
        Sourcewise: every fact in a lesson links to the sentence of the article that says so.
      </p>
    </footer>
  );
}
