import { describe, expect, it } from 'vitest';
import { DEFAULT_BODY_LIMIT } from './body-limit';
import nextConfig from '../../next.config.js';

describe('next.config.js', () => {
  it('buffers no more of a request body for proxy.ts than any route accepts', () => {
    expect(nextConfig.experimental?.proxyClientMaxBodySize).toBe(DEFAULT_BODY_LIMIT);
  });
  it('takes no larger a body in a Server Action than in a route', () => {
    expect(nextConfig.experimental?.serverActions?.bodySizeLimit).toBe(DEFAULT_BODY_LIMIT);
  });
});
