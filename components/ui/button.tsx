import type { ButtonHTMLAttributes } from 'react';

// Every button and button-like link in the app: one size (at least 44px square), one focus ring,
// and colours with AA contrast in both schemes.

const base =
  'inline-flex min-h-11 min-w-11 items-center justify-center gap-2 rounded-lg px-4 py-2 font-semibold focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700 disabled:cursor-not-allowed disabled:opacity-60 aria-disabled:cursor-not-allowed aria-disabled:opacity-60 dark:focus-visible:outline-blue-300';

/** Text links: underlined, so a link is never told apart by colour alone. */
export const linkClass =
  'rounded text-blue-700 underline underline-offset-4 hover:text-blue-900 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700 dark:text-blue-300 dark:hover:text-blue-200 dark:focus-visible:outline-blue-300';

const VARIANT_CLASS = {
  primary: `${base} bg-blue-700 text-white hover:bg-blue-800 dark:bg-blue-300 dark:text-stone-950 dark:hover:bg-blue-200`,
  secondary: `${base} border border-stone-500 bg-white text-stone-900 hover:bg-stone-100 dark:border-stone-400 dark:bg-stone-900 dark:text-stone-100 dark:hover:bg-stone-800`,
  // A button that reads as a link (a quiet action in running text) but keeps a 44px target.
  link: `${linkClass} inline-flex min-h-11 items-center`,
} as const;

export type ButtonVariant = keyof typeof VARIANT_CLASS;

/** For a <Link> or <a> that looks like a button. */
export function buttonClass(variant: ButtonVariant = 'primary', extra = ''): string {
  return extra ? `${VARIANT_CLASS[variant]} ${extra}` : VARIANT_CLASS[variant];
}

// `type` is required: a <button> in a form submits by default, and each caller should say so.
type Props = ButtonHTMLAttributes<HTMLButtonElement> & {
  type: 'button' | 'submit';
  variant?: ButtonVariant;
  ref?: React.Ref<HTMLButtonElement>;
};

export function Button({ variant = 'primary', className = '', type, ...props }: Props) {
  return <button type={type} className={buttonClass(variant, className)} {...props} />;
}
