import { expect, type APIRequestContext } from '@playwright/test';

// Browser tests make their own users through the API and sign in through next-auth's endpoints,
// as the sign-in form does; only the test of the forms themselves types into them.

let counter = 0;

export function newCredentials(role: 'student' | 'teacher' = 'student') {
  counter++;
  const id = `${Date.now().toString(36)}${counter}${Math.random().toString(36).slice(2, 6)}`;
  return { name: `Test ${role} ${id}`, email: `${role}-${id}@example.org`, password: `pw-${id}-long-enough`, role };
}

export async function signUpViaApi(request: APIRequestContext, role: 'student' | 'teacher' = 'student') {
  const user = newCredentials(role);
  const res = await request.post('/api/accounts', { data: user });
  expect(res.status()).toBe(201);
  return user;
}

/** Signs this request context (a page's `page.request` shares the browser's cookies) in. */
export async function signInViaApi(request: APIRequestContext, email: string, password: string) {
  const { csrfToken } = (await (await request.get('/api/auth/csrf')).json()) as { csrfToken: string };
  const res = await request.post('/api/auth/callback/credentials', {
    form: { csrfToken, email, password, json: 'true', callbackUrl: '/' },
    headers: { 'X-Auth-Return-Redirect': '1' },
  });
  return res;
}

export async function signedInAs(request: APIRequestContext, role: 'student' | 'teacher' = 'student') {
  const user = await signUpViaApi(request, role);
  const res = await signInViaApi(request, user.email, user.password);
  expect(res.status()).toBe(200);
  const me = (await (await request.get('/api/me')).json()) as { user: { name: string } | null };
  expect(me.user?.name).toBe(user.name);
  return user;
}
