// CLI start-up: median wall time of `rolelens analyze FILE` against a bare `node -e 0`, in the
// same run (goal ≤ 3×). Run: npm run bench:cli
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const RUNS = Number(process.argv[2] ?? 15);
function median(cmd, args) {
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = process.hrtime.bigint();
    const r = spawnSync(cmd, args, { cwd: root, stdio: 'ignore' });
    if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}`);
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return times.sort((a, b) => a - b)[Math.floor(RUNS / 2)];
}
const bare = median(process.execPath, ['-e', '0']);
const text = median(process.execPath, ['scripts/rolelens.mjs', 'analyze', 'assets/samples/data-scientist-posting.txt']);
const html = median(process.execPath, [
  'scripts/rolelens.mjs',
  'extract',
  'test/fixtures/pages/greenhouse.html',
  '--url',
  'https://job-boards.greenhouse.io/x/jobs/1',
]);
console.log(`RoleLens CLI start-up (median of ${RUNS} runs, this machine)\n`);
console.log(`node -e 0                          ${bare.toFixed(0).padStart(5)} ms`);
console.log(
  `rolelens analyze posting.txt       ${text.toFixed(0).padStart(5)} ms   ${(text / bare).toFixed(2)}×   goal ≤ 3×  ${text / bare <= 3 ? 'ok' : 'OVER'}`,
);
console.log(`rolelens extract page.html --url   ${html.toFixed(0).padStart(5)} ms   ${(html / bare).toFixed(2)}×   (loads the HTML parser)`);
