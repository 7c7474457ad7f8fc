import { AppError } from '@/lib/errors';

// Roles and what each may do. Permissions are data: code asks `can(user, 'class.write')`, never
// "is this a teacher", so a new role or permission is one edit here.

export const ROLES = ['student', 'teacher'] as const;
export type Role = (typeof ROLES)[number];

export const PERMISSIONS = {
  'course.learn': ['student', 'teacher'],
  'progress.read-own': ['student', 'teacher'],
  'class.read': ['teacher'],
  'class.write': ['teacher'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function can(user: { role: Role } | undefined, permission: Permission): boolean {
  return user !== undefined && (PERMISSIONS[permission] as readonly Role[]).includes(user.role);
}

export function assertCan(user: { role: Role } | undefined, permission: Permission): void {
  if (!can(user, permission)) throw new AppError('forbidden', 'Your account does not have access to this.');
}
