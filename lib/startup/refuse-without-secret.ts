import { getAuthSecret } from '@/lib/auth/secret';

/** Stops the process when production has no strong signing secret (see instrumentation.ts). */
export function refuseWithoutSecret(): void {
  try {
    getAuthSecret();
  } catch (error) {
    console.error(`[sourcewise] Refusing to start: ${(error as Error).message}`);
    process.exit(1);
  }
}
