/** A middle dot between facts on one line, read as a comma by screen readers. */
export function FactSeparator() {
  return (
    <>
      <span aria-hidden="true"> · </span>
      <span className="sr-only">, </span>
    </>
  );
}
