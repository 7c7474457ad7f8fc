/* eslint-disable @typescript-eslint/consistent-type-definitions -- module augmentation merges only with interfaces */
import 'next-auth';
import 'next-auth/jwt';

// Sourcewise keeps only the user id and the session version in the session; name, email and role
// come from the database.
declare module 'next-auth' {
  interface Session {
    user?: { id?: string; name?: string | null; email?: string | null; sessionVersion?: number };
  }
  interface User {
    sessionVersion?: number;
  }
}

declare module 'next-auth/jwt' {
  interface JWT {
    uid?: string;
    sv?: number;
  }
}
