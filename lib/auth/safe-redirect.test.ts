import { describe, expect, it } from 'vitest';
import { safeRedirectPath } from './safe-redirect';

describe('safeRedirectPath', () => {
  it('keeps paths on this site, with their query and hash', () => {
    expect(safeRedirectPath('/courses/nk-russia-pact?x=1#top')).toBe('/courses/nk-russia-pact?x=1#top');
    expect(safeRedirectPath('/')).toBe('/');
  });
  it.each([
    '//evil.example',
    '//evil.example/path',
    '/\\evil.example',
    '/\\/evil.example',
    'https://evil.example',
    'http:evil.example',
    'javascript:alert(1)',
    '/\tevil',
    '/\n/evil.example',
    '',
    'evil.example',
  ])('sends %j home instead', (value) => {
    expect(safeRedirectPath(value)).toBe('/dashboard');
    expect(safeRedirectPath(value, '/')).toBe('/');
  });
});
