import { Card } from '@/components/ui/card';

import { CopyJoinCode } from './copy-join-code';
import { linkClass } from '@/components/ui/button';

/** The code students type, large enough to read from the back of a room, and the link that skips typing. */
export function JoinCodePanel({ code, joinPath, isArchived }: { code: string; joinPath: string; isArchived: boolean }) {
  return (
    <Card aria-labelledby="join-code-heading">
      <h2 id="join-code-heading" className="text-2xl font-bold tracking-tight">
        Join code
      </h2>
      <p className="font-mono text-5xl font-bold tracking-widest break-all">{code}</p>
      <CopyJoinCode code={code} joinPath={joinPath} />
      {isArchived ? (
        <p className="leading-relaxed text-stone-700 dark:text-stone-300">
          This class is archived: the code lets no one join until you unarchive the class.
        </p>
      ) : (
        <p className="leading-relaxed text-stone-700 dark:text-stone-300">
          Students sign in and type the code at <span className="font-mono">/join</span>, or open the join link:{' '}
          <a href={joinPath} className={`${linkClass} font-mono`}>
            {joinPath}
          </a>
        </p>
      )}
    </Card>
  );
}
