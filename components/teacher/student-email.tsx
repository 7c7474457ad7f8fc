import { Fragment } from 'react';

/**
 * An email that may wrap only after its "@" and before a ".", never in the middle of a word, so
 * "farah@example.org" reads "farah@" / "example.org" in a narrow column rather than "farah@exa" / "mple.org".
 */
export function StudentEmail({
  email,
  className = 'block text-sm font-normal break-normal',
}: {
  email: string;
  className?: string;
}) {
  const parts = email.split(/(?<=@)|(?=\.)/);
  return (
    <span className={className}>
      {parts.map((part, i) => (
        <Fragment key={i}>
          {i > 0 && <wbr />}
          {part}
        </Fragment>
      ))}
    </span>
  );
}
