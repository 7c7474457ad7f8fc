// Runs once when a server instance starts. In production it refuses to start without a strong
// signing secret (AUTH_SECRET or NEXTAUTH_SECRET, 32+ characters): a missing or weak secret would
// let anyone forge sessions and guest identities. `npm start` creates one for a fresh clone.

export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { refuseWithoutSecret } = await import('@/lib/startup/refuse-without-secret');
    refuseWithoutSecret();
  }
}
