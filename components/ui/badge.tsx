import type { ReactNode } from 'react';

// Small labels that state a fact about what they sit beside ("Archived", "Your answer", a level).
// Each tone keeps AA contrast in both schemes; the words carry the meaning, never the colour alone.

const TONE_CLASS = {
  neutral: 'bg-stone-200 text-stone-900 dark:bg-stone-700 dark:text-stone-100',
  info: 'bg-blue-100 text-blue-900 dark:bg-blue-900 dark:text-blue-100',
  right: 'bg-green-100 text-green-900 dark:bg-green-900 dark:text-green-50',
  wrong: 'bg-red-100 text-red-900 dark:bg-red-900 dark:text-red-50',
} as const;

export type BadgeTone = keyof typeof TONE_CLASS;

export function badgeClass(tone: BadgeTone = 'neutral', extra = ''): string {
  return `rounded px-2 py-0.5 font-semibold ${TONE_CLASS[tone]}${extra ? ` ${extra}` : ''}`;
}

export function Badge({
  tone = 'neutral',
  as: Tag = 'span',
  className = '',
  children,
}: {
  tone?: BadgeTone;
  as?: 'span' | 'p';
  className?: string;
  children: ReactNode;
}) {
  return <Tag className={badgeClass(tone, className)}>{children}</Tag>;
}

/** A rounded, outlined pill whose colours the caller picks per state (a mastery level). */
export const pillClass =
  'inline-flex shrink-0 items-center gap-1.5 rounded-full border px-2.5 py-0.5 text-sm font-semibold';
