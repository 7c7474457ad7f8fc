// The bare Next.js app: the floor every page is compared with. It is rebuilt whenever its files or
// the Next and React versions change (bench-build.ts fingerprintOf), so it can never drift, and it shares the repo's node_modules so the floor is the same Next and React
// versions the app ships with. Plain .jsx, no tsconfig: Next then skips its TypeScript setup, and
// no Tailwind or global CSS, so whatever the app loads beyond this is the app's own cost.
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const BARE_APP_FILES: Record<string, string> = {
  // Its own (empty) config: Next looks for next.config.* up the folder tree, and would otherwise
  // take the app's, with its instrumentation and settings, making the floor not bare.
  'next.config.mjs': 'export default {};\n',
  'package.json': JSON.stringify({ name: 'bench-bare', private: true, type: 'module' }, null, 2) + '\n',
  'app/layout.jsx': `export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
`,
  'app/page.jsx': `export default function Page() {
  return <h1>Hello</h1>;
}
`,
};

/** Writes the bare app into `dir` (wiping the previous one, including its build). */
export function writeBareApp(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  for (const [file, text] of Object.entries(BARE_APP_FILES)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  // Relative, so the link keeps working if the repo moves: .bench/bare/node_modules → ../../node_modules.
  symlinkSync(path.join('..', '..', 'node_modules'), path.join(dir, 'node_modules'), 'dir');
}
