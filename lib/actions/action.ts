import 'server-only';
import type { Kysely } from 'kysely';
import { revalidatePath } from 'next/cache';
import { unstable_rethrow } from 'next/navigation';
import type { z } from 'zod';
import { getDb } from '@/lib/db';
import type { Database } from '@/lib/db/schema';
import { isDatabaseUnavailable } from '@/lib/db/unavailable';
import { AppError } from '@/lib/errors';
import { toActionFailure, type ActionFailure } from '@/lib/http/error-response';
import { parseInput } from '@/lib/http/body';
import {
  authenticate,
  mintLearner,
  mintsLearner,
  type AuthRule,
  type Caller,
  type CallerOf,
} from '@/lib/http/pipeline';
import { DATABASE_UNAVAILABLE } from '@/lib/http/route';

/**
 * defineAction – a Server Action for a form, through the same pipeline as the route handlers:
 * authenticate and authorise (`auth`, lib/http/pipeline.ts) → parse the FormData (`schema`, zod)
 * → the handler (the mutation) → revalidate (`revalidate`, paths) → the result. Next.js checks
 * the Origin of every Server Action and caps its body (next.config.js serverActions).
 *
 *   // app/(teacher)/teach/classes/actions.ts
 *   'use server';
 *   export const createClassAction = defineAction(
 *     { auth: { can: 'class.write' }, schema: z.object({ name: z.string().max(1000) }), revalidate: ['/teach'] },
 *     async ({ user, input, db }) => ({ classId: (await createClass(db, user.id, input.name)).id }),
 *   );
 *
 *   // a 'use client' form
 *   const [state, formAction, isPending] = useActionState(createClassAction, undefined);
 *   <form action={formAction}> … {state?.ok === false && <p role="status">{state.message}</p>}
 *   … state?.ok === false ? state.fieldErrors?.name : undefined, next to the field (aria-describedby)
 *
 * Expected failures (an AppError from any step, a database that cannot be reached) come back as
 * `{ ok: false, message, fieldErrors? }`; a refused field is named by its form field's name. Anything
 * else is a bug: logged, and thrown to the nearest error.tsx. `redirect()` and `notFound()` in a
 * handler work as anywhere else.
 */

export type ActionResult<T extends Record<string, unknown> = Record<string, never>> =
  ({ ok: true } & T) | ActionFailure;

export type ActionOptions<A extends AuthRule, S extends z.ZodType> = {
  auth: A;
  schema: S;
  /** Paths whose pages show what the action changed. */
  revalidate?: readonly string[];
};

export type ActionContext<A extends AuthRule, S extends z.ZodType> = CallerOf<A> & {
  input: z.output<S>;
  db: Kysely<Database>;
};

export function defineAction<
  const A extends AuthRule,
  S extends z.ZodType,
  T extends Record<string, unknown> = Record<string, never>,
>(
  options: ActionOptions<A, S>,
  handler: (context: ActionContext<A, S>) => Promise<T | void>,
): (previous: ActionResult<T> | undefined, formData: FormData) => Promise<ActionResult<T>> {
  const { auth, schema, revalidate = [] } = options;
  return async (_previous, formData) => {
    try {
      let caller: Caller = await authenticate(auth);
      const input = parseInput(schema, formFields(formData), 'fields');
      if (mintsLearner(auth)) caller = await mintLearner();
      const result = await handler({ ...caller, input, db: await getDb() } as ActionContext<A, S>);
      for (const path of revalidate) revalidatePath(path);
      return { ...(result ?? {}), ok: true } as ActionResult<T>;
    } catch (error) {
      unstable_rethrow(error);
      if (error instanceof AppError) return toActionFailure(error);
      if (isDatabaseUnavailable(error)) {
        console.warn('[action] database unavailable:', (error as Error).message);
        return { ok: false, message: DATABASE_UNAVAILABLE };
      }
      console.error('[action] unexpected error:', error);
      throw error;
    }
  };
}

/** The text fields of a form, the first value of each (as URLSearchParams.get reads them); files are not taken. */
function formFields(formData: FormData): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const [key, value] of formData) {
    // React adds its own $ACTION_ fields to a form bound to an action.
    if (typeof value === 'string' && !key.startsWith('$ACTION')) fields[key] ??= value;
  }
  return fields;
}
