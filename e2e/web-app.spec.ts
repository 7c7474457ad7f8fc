import { expect, test } from '@playwright/test';

// The static files in public/: the web app manifest a phone installs the course from, its icons,
// and robots.txt. Each is served as the file it is, with the type a browser or crawler expects.

type ManifestIcon = { src: string; sizes: string; type: string; purpose: string };

test('[guest] the page links a manifest whose icons load, and robots.txt keeps crawlers to the course', async ({
  page,
  request,
}) => {
  const refused: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|manifest/i.test(message.text())) refused.push(message.text());
  });
  await page.goto('/');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(href).toBe('/manifest.webmanifest');

  const manifestResponse = await request.get(href!);
  expect(manifestResponse.status()).toBe(200);
  expect(manifestResponse.headers()['content-type']).toMatch(/^application\/manifest\+json/);
  expect(manifestResponse.headers()['x-content-type-options']).toBe('nosniff');
  // A static file hands out no guest identity.
  expect(manifestResponse.headers()['set-cookie'] ?? '').not.toContain('sw_guest');
  const manifest = (await manifestResponse.json()) as { name: string; start_url: string; icons: ManifestIcon[] };
  expect(manifest).toMatchObject({ name: 'Sourcewise', start_url: '/' });
  expect(manifest.icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));

  for (const icon of manifest.icons) {
    const response = await request.get(icon.src);
    expect(response.status(), icon.src).toBe(200);
    expect(response.headers()['content-type'], icon.src).toMatch(new RegExp(`^${icon.type.replace('+', '\\+')}`));
    // The browser decodes it at the size the manifest says (the SVG at any size).
    const size = await page.evaluate(async (src) => {
      const image = new Image();
      image.src = src;
      await image.decode();
      return `${image.naturalWidth}x${image.naturalHeight}`;
    }, icon.src);
    if (icon.sizes !== 'any') expect(size, icon.src).toBe(icon.sizes);
  }

  const robots = await request.get('/robots.txt');
  expect(robots.status()).toBe(200);
  expect(robots.headers()['content-type']).toMatch(/^text\/plain/);
  const rules = (await robots.text()).split('\n').map((line) => line.trim());
  expect(rules).toEqual(expect.arrayContaining(['User-agent: *', 'Allow: /courses/', 'Allow: /articles/']));
  for (const path of ['/teach', '/api', '/attempts', '/dashboard', '/work', '/classes', '/join'])
    expect(rules, path).toContain(`Disallow: ${path}`);
  expect(refused).toEqual([]);
});
