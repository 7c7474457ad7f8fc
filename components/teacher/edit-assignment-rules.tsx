// What an edit does to work already started, in the words the server enforces
// (lib/assignments/edit-assignment.ts). Shown on the edit form, before saving.

export const EDIT_RULES = [
  'New dates apply to everyone at once. An attempt in progress that would end at the close date ends at the new one instead; an earlier close date ends it then, but never before the moment you save. Students’ later due dates still apply.',
  'A new time limit applies to attempts started after you save. An attempt already running keeps the time it was given, so a shorter limit never cuts it short.',
  'With fewer attempts allowed than a student has used, they keep the attempts they have and start no more.',
  'A change to what students see applies from the next time they look at their results.',
  'Changed questions (pool or number) apply to attempts started after you save; started and submitted attempts keep the questions they hold.',
  'Changing which attempt counts updates the gradebook at once.',
  'What was assigned (the kind of work, its module and class) cannot change: delete the assignment and assign the work again.',
] as const;

/** Its heading is `edit-rules-heading`, for the section it is placed in to be named by. */
export function EditAssignmentRules() {
  return (
    <div className="space-y-2">
      <h2 id="edit-rules-heading" className="text-lg font-semibold">
        What happens to work already started
      </h2>
      <ul className="list-disc space-y-1 pl-5 leading-relaxed">
        {EDIT_RULES.map((rule) => (
          <li key={rule}>{rule}</li>
        ))}
      </ul>
    </div>
  );
}
