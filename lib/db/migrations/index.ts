import type { Migration } from 'kysely';
import * as m0001 from './0001-app-meta';
import * as m0002 from './0002-attempts';
import * as m0003 from './0003-accounts';
import * as m0004 from './0004-classes';
import * as m0005 from './0005-session-version';
import * as m0006 from './0006-policy-assignment';
import * as m0007 from './0007-clean-names';
import * as m0008 from './0008-rate-limits';
import * as m0009 from './0009-question-bank';
import * as m0010 from './0010-assignment-history';
import * as m0011 from './0011-question-credit';
import * as m0012 from './0012-managed-accounts';
import * as m0013 from './0013-practice-reveals';
import * as m0014 from './0014-guest-claims-by-user';

// Every migration, in order. Listed in code rather than read from the folder so the Next.js
// server bundle carries them; names never change once shipped.
export const migrations: Record<string, Migration> = {
  '0001-app-meta': m0001,
  '0002-attempts': m0002,
  '0003-accounts': m0003,
  '0004-classes': m0004,
  '0005-session-version': m0005,
  '0006-policy-assignment': m0006,
  '0007-clean-names': m0007,
  '0008-rate-limits': m0008,
  '0009-question-bank': m0009,
  '0010-assignment-history': m0010,
  '0011-question-credit': m0011,
  '0012-managed-accounts': m0012,
  '0013-practice-reveals': m0013,
  '0014-guest-claims-by-user': m0014,
};
