import { beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import type { User } from '@/lib/auth/users';
import { AppError } from '@/lib/errors';

// A form's Server Action as its user meets it: refused when signed out or without the permission,
// its fields' problems named per field, a domain refusal as a message, and a bug thrown, not hidden.

const session = vi.hoisted(() => ({ user: undefined as User | undefined, revalidated: [] as string[] }));
vi.mock('@/lib/db', () => ({ getDb: async () => ({ kind: 'db' }) }));
vi.mock('next/cache', () => ({ revalidatePath: (path: string) => session.revalidated.push(path) }));
vi.mock('@/lib/auth/session', async () => {
  const { assertCan } = await import('@/lib/auth/roles');
  const requireUserForApi = async () => {
    if (!session.user) throw new AppError('unauthenticated', 'Sign in first.');
    return session.user;
  };
  return {
    getCurrentUser: async () => session.user,
    requireUserForApi,
    requirePermissionForApi: async (permission: Parameters<typeof assertCan>[1]) => {
      const user = await requireUserForApi();
      assertCan(user, permission);
      return user;
    },
  };
});

const { defineAction } = await import('./action');

const teacher: User = { id: 'u_t', email: 't@example.org', name: 'Ms Adler', role: 'teacher' };
const student: User = { id: 'u_s', email: 's@example.org', name: 'Sam', role: 'student' };
const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.append(key, value);
  return data;
};

const NameSchema = z.strictObject({
  name: z.string().trim().min(1, 'Enter a name for the class.').max(100, 'Use at most 100 characters.'),
});
const created: { teacherId: string; name: string }[] = [];
const createClassAction = defineAction(
  { auth: { can: 'class.write' }, schema: NameSchema, revalidate: ['/teach'] },
  async ({ user, input }) => {
    if (input.name === 'Taken') throw new AppError('conflict', 'You already have a class of that name.');
    if (input.name === 'Bug') throw new TypeError('x is undefined');
    created.push({ teacherId: user.id, name: input.name });
    return { classId: 'c_1' };
  },
);

describe('defineAction', () => {
  beforeEach(() => {
    session.user = undefined;
    session.revalidated.length = 0;
    created.length = 0;
  });

  it('runs the mutation for an allowed user and answers ok with its result, after revalidating', async () => {
    session.user = teacher;
    expect(await createClassAction(undefined, form({ name: '  Year 10 History ' }))).toEqual({
      ok: true,
      classId: 'c_1',
    });
    expect(created).toEqual([{ teacherId: 'u_t', name: 'Year 10 History' }]);
    expect(session.revalidated).toEqual(['/teach']);
  });

  it('refuses a signed-out visitor and a user without the permission, changing nothing', async () => {
    expect(await createClassAction(undefined, form({ name: 'History' }))).toEqual({
      ok: false,
      message: 'Sign in first.',
    });
    session.user = student;
    expect(await createClassAction(undefined, form({ name: 'History' }))).toEqual({
      ok: false,
      message: 'Your account does not have access to this.',
    });
    expect(created).toEqual([]);
    expect(session.revalidated).toEqual([]);
  });

  it('names each field that is wrong, and an unknown field, without running the mutation', async () => {
    session.user = teacher;
    expect(await createClassAction(undefined, form({ name: '   ' }))).toEqual({
      ok: false,
      message: 'Please correct the fields marked below.',
      fieldErrors: { name: 'Enter a name for the class.' },
    });
    const extra = await createClassAction(undefined, form({ name: 'History', isAdmin: 'yes' }));
    expect(extra.ok).toBe(false);
    expect(created).toEqual([]);
  });

  it('answers a refusal of the domain with its message, and throws (and logs) a bug', async () => {
    session.user = teacher;
    expect(await createClassAction(undefined, form({ name: 'Taken' }))).toEqual({
      ok: false,
      message: 'You already have a class of that name.',
    });
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await expect(createClassAction(undefined, form({ name: 'Bug' }))).rejects.toThrow(TypeError);
    expect(log).toHaveBeenCalledOnce();
    log.mockRestore();
  });

  it('lets redirect() through to Next.js rather than reporting it as a failure', async () => {
    const { redirect } = await import('next/navigation');
    session.user = teacher;
    const goAction = defineAction({ auth: 'user', schema: z.object({}) }, async () => redirect('/classes'));
    await expect(goAction(undefined, form({}))).rejects.toMatchObject({
      digest: expect.stringMatching(/^NEXT_REDIRECT/),
    });
  });
});
