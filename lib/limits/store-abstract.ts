import { createRequire } from 'node:module';
import type { RateLimiterStoreAbstract as StoreAbstract } from 'rate-limiter-flexible';

// rate-limiter-flexible declares its store base class in its types but does not export it from its
// entry point; custom stores extend it from its file (the package has no "exports" map).
const require = createRequire(import.meta.url);
export const RateLimiterStoreAbstract =
  require('rate-limiter-flexible/lib/RateLimiterStoreAbstract.js') as typeof StoreAbstract;
