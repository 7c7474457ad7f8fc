import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safeRedirectPath } from './safe-redirect';

// How a browser on this site would read a Location header: resolved against the page's address.
function landsOn(location: string, site = 'https://sourcewise.example') {
  return new URL(location, `${site}/somewhere/deep/page`);
}

describe('safeRedirectPath', () => {
  it('keeps paths on this site, with their query and hash', () => {
    expect(safeRedirectPath('/courses/nk-russia-pact?x=1#top')).toBe('/courses/nk-russia-pact?x=1#top');
    expect(safeRedirectPath('/')).toBe('/');
    expect(safeRedirectPath('/courses/./a/../b')).toBe('/courses/b');
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
    // Each of these normalises to //evil.example.
    '/.//evil.example',
    '/..//evil.example',
    '/%2e//evil.example',
    '/%2E%2E//evil.example',
    '/a/..//evil.example',
    '/././/evil.example/x?y#z',
  ])('sends %j home instead', (value) => {
    expect(safeRedirectPath(value)).toBe('/dashboard');
    expect(safeRedirectPath(value, '/')).toBe('/');
  });

  // Dot segments, slashes, backslashes and their encodings, in any order, plus anything at all.
  const pieceArb = fc.constantFrom(
    '/',
    '//',
    '.',
    '..',
    '%2e',
    '%2E',
    '%2f',
    '%5c',
    '\\',
    '?',
    '#',
    '@',
    ':',
    'evil.example',
    'a',
    '%00',
    '\t',
    ' ',
  );
  const pathArb = fc.oneof(
    fc.array(pieceArb, { maxLength: 12 }).map((parts) => `/${parts.join('')}`),
    fc.string(),
    fc.string({ unit: 'binary' }),
  );

  it('whatever it is given, the result is a path of this site that a browser resolves to this site', () => {
    fc.assert(
      fc.property(pathArb, (value) => {
        const result = safeRedirectPath(value);
        expect(result.startsWith('/') && !result.startsWith('//') && !result.includes('\\')).toBe(true);
        expect(landsOn(result).origin).toBe('https://sourcewise.example');
        expect(landsOn(result, 'http://192.168.1.20:3000').origin).toBe('http://192.168.1.20:3000');
        // A second pass changes nothing: the result is already in the form it will be read in.
        expect(safeRedirectPath(result)).toBe(result);
      }),
      { numRuns: 5000 },
    );
  });
});
