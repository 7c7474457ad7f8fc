import 'server-only';
import type { Kysely } from 'kysely';
import type { NextResponse } from 'next/server';
import type { z } from 'zod';
import { getDb } from '@/lib/db';
import type { Database } from '@/lib/db/schema';
import { AppError } from '@/lib/errors';
import { DEFAULT_BODY_LIMIT } from './body-limit';
import { assertJsonRequest, isJsonRequest, parseInput, readFormBody, readJsonValue, type InvalidInput } from './body';
import { authenticate, mintLearner, mintsLearner, type AuthRule, type Caller, type CallerOf } from './pipeline';
import { jsonOk, noContent, seeOther } from './respond';
import { failureResponse } from './route';
import { assertSameOrigin } from './request-origin';

/**
 * apiRoute – the one wrapper every route handler under app/api is built with. A handler states
 * what it needs and the wrapper does it, in this order: same-origin check (any method but GET and
 * HEAD) → authenticate and authorise (`auth`, see pipeline.ts) → parse the body (`body`, a zod
 * schema; `accepts` JSON, or also a plain HTML form) and the query (`query`) → the handler (the
 * mutation) → respond. Failures become answers in one place (route.ts failureResponse).
 *
 *   export const PUT = apiRoute(
 *     { auth: { can: 'class.write' }, body: AccommodationSchema, params: ['assignmentId'] },
 *     async ({ user, input, params, db }) => ({ accommodation: await setAccommodation(db, user.id, params.assignmentId, input) }),
 *   );
 *
 * The handler returns a Response as is; nothing for a 204; or an object, answered as JSON
 * (`status`, 200 by default), or after a plain form post, when it has an `href`, a 303 there.
 */

export type Accepts = 'json' | 'json-or-form' | 'json-any-type';

export type RouteOptions<A extends AuthRule, S, Q, K extends string, D extends boolean> = {
  auth: A;
  body?: S;
  /** 'json' (415 for anything else), 'json-or-form' (a plain HTML form too), 'json-any-type' (JSON whatever its Content-Type). */
  accepts?: Accepts;
  /** Bytes; JSON defaults to DEFAULT_BODY_LIMIT, a form to 4 KiB. */
  bodyLimit?: number;
  /** How a JSON body that fails its schema is refused: its first problem (default), or a message per field. */
  invalid?: InvalidInput;
  /** The one message for a form post that fails its schema (a form has no script to show more). */
  formInvalid?: string;
  query?: Q;
  /** The one message for a query that fails its schema. */
  queryInvalid?: string;
  /** The route's dynamic segments, e.g. ['attemptId']. */
  params?: readonly K[];
  /** False for a handler that opens no database connection of its own. */
  database?: D;
  /** Status of a JSON answer built from the handler's object (201 for what it created). */
  status?: number;
  /** The 503 message when the database cannot be reached. */
  unavailable?: string;
  /** A plain form post's refusal as a redirect instead of JSON (undefined: answer as usual); given the posted fields. */
  formRefused?: (error: AppError, form: Record<string, string>) => Response | undefined;
};

type InputOf<S> = S extends z.ZodType ? z.output<S> : undefined;

export type RouteContext<A extends AuthRule, S, Q, K extends string, D extends boolean> = CallerOf<A> & {
  request: Request;
  input: InputOf<S>;
  query: InputOf<Q>;
  params: Record<K, string>;
  /** A plain HTML form post (not JSON), answered with a redirect. */
  isForm: boolean;
} & (D extends false ? object : { db: Kysely<Database> });

export type RouteResult = Response | Record<string, unknown> | undefined | void;

type NextContext = { params: Promise<Record<string, string | string[] | undefined>> };

const FORM_LIMIT = 4 * 1024;

export function apiRoute<
  const A extends AuthRule,
  S extends z.ZodType | undefined = undefined,
  Q extends z.ZodType | undefined = undefined,
  K extends string = never,
  D extends boolean = true,
>(
  options: RouteOptions<A, S, Q, K, D>,
  handler: (context: RouteContext<A, S, Q, K, D>) => Promise<RouteResult>,
): (request: Request, context?: NextContext) => Promise<Response> {
  const { auth, body, accepts = 'json', query, params, formRefused } = options;
  const mints = mintsLearner(auth);
  // One async function with every step inline: the answer save runs through here, and each
  // layer of its own would be one more await per request.
  return async (request, context) => {
    let form: Record<string, string> | undefined;
    try {
      if (request.method !== 'GET' && request.method !== 'HEAD') assertSameOrigin(request);
      const isForm = accepts === 'json-or-form' && !isJsonRequest(request);
      // Read first, so a refusal can go back to a page that names what was posted.
      if (isForm && formRefused) form = await readFormBody(request, options.bodyLimit ?? FORM_LIMIT);
      let caller: Caller = auth === 'public' ? {} : await authenticate(auth);
      let input: unknown;
      if (body !== undefined) {
        if (isForm)
          input = parseInput(
            body,
            form ?? (await readFormBody(request, options.bodyLimit ?? FORM_LIMIT)),
            formInvalid(options.formInvalid),
          );
        else {
          if (accepts !== 'json-any-type') assertJsonRequest(request);
          input = parseInput(
            body,
            await readJsonValue(request, options.bodyLimit ?? DEFAULT_BODY_LIMIT),
            options.invalid,
          );
        }
      }
      const queryInput =
        query === undefined
          ? undefined
          : parseInput(query, firstValues(new URL(request.url).searchParams), formInvalid(options.queryInvalid));
      if (mints) caller = await mintLearner();
      const routeParams = params === undefined ? {} : await context?.params;
      const db = options.database === false ? undefined : await getDb();
      const result = await handler({
        ...caller,
        request,
        input,
        query: queryInput,
        params: routeParams,
        isForm,
        db,
      } as unknown as RouteContext<A, S, Q, K, D>);
      return respond(result, isForm, options.status);
    } catch (error) {
      const redirect = form && error instanceof AppError ? formRefused?.(error, form) : undefined;
      return redirect ?? failureResponse(error, options.unavailable);
    }
  };
}

/** `?a=1&a=2` reads as a=1, as URLSearchParams.get does. */
function firstValues(search: URLSearchParams): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of search) values[key] ??= value;
  return values;
}

function formInvalid(message: string | undefined): InvalidInput {
  return message === undefined ? 'first-issue' : { message };
}

function respond(result: RouteResult, isForm: boolean, status = 200): Response | NextResponse {
  if (result instanceof Response) return result;
  if (result === undefined) return noContent();
  if (isForm && typeof result.href === 'string') return seeOther(result.href);
  return jsonOk(result, status);
}
