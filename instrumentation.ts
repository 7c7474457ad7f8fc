// Runs once when a server instance starts. In production it refuses to start without a strong
// signing secret (AUTH_SECRET or NEXTAUTH_SECRET, 32+ characters): a missing or weak secret would
// let anyone forge sessions and guest identities. `npm start` creates one for a fresh clone.

export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { getAuthSecret } = await import('@/lib/auth/secret');
  try {
    getAuthSecret();
  } catch (error) {
    console.error(`[sourcewise] Refusing to start: ${(error as Error).message}`);
    process.exit(1);
  }
}
