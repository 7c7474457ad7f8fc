// Lesson sections have ids made from their headings, so a link can open a lesson at one.

/** The id a lesson section's heading gets on the page, so a link can open the lesson there. */
export function sectionAnchor(heading: string): string {
  const slug = heading
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `section-${slug || 'lesson'}`;
}
