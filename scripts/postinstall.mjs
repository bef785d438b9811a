// After `npm ci`: let WXT write its generated TypeScript types — when WXT is installed.
// A production install (`npm ci --omit=dev`) has no WXT and needs nothing: the CLI is prebuilt.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

if (existsSync(new URL('../node_modules/wxt/package.json', import.meta.url))) {
  const r = spawnSync('npx', ['wxt', 'prepare'], { stdio: 'inherit' });
  process.exitCode = r.status ?? 1;
}
