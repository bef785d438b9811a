/**
 * Minified size of each built entry of the Chrome build, raw and gzipped, against
 * the budgets of the two scripts injected into pages. Builds first when .output/chrome-mv3 is missing.
 * Run: npm run bench:size
 */
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const OUT = join(import.meta.dirname, '..', '.output', 'chrome-mv3');
const READER_BUDGET = 15 * 1024;
const GENERIC_BUDGET = 90 * 1024;
const CHIPS_BUDGET = 10 * 1024;

if (!existsSync(join(OUT, 'manifest.json')) || process.argv.includes('--build')) execSync('npx wxt build', { stdio: 'ignore' });

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

const kib = (n: number) => `${(n / 1024).toFixed(2)} KiB`.padStart(11);
const rows = files(OUT)
  .filter((f) => /\.(js|css|html)$/.test(f))
  .map((f) => {
    const buf = readFileSync(f);
    return { file: relative(OUT, f), bytes: buf.length, gzip: gzipSync(buf, { level: 9 }).length };
  })
  .sort((a, b) => b.bytes - a.bytes);

console.log('RoleLens bundle sizes (Chrome build, minified)\n');
console.log(`${'file'.padEnd(44)}${'minified'.padStart(11)}${'gzip'.padStart(11)}`);
for (const r of rows) console.log(`${r.file.padEnd(44)}${kib(r.bytes)}${kib(r.gzip)}`);
const total = rows.reduce((s, r) => s + r.bytes, 0);
console.log(`${'total'.padEnd(44)}${kib(total)}`);
// the page reader is injected on every use; the generic reader only when no adapter or JSON-LD answers;
// the chips only on LinkedIn and Indeed, with their access granted
for (const [file, budget] of [
  ['reader.js', READER_BUDGET],
  ['generic.js', GENERIC_BUDGET],
  ['chips.js', CHIPS_BUDGET],
] as const) {
  const row = rows.find((r) => r.file === file);
  if (!row) continue;
  const ok = row.bytes <= budget;
  console.log(
    `${file === 'reader.js' ? '\ncontent script' : file === 'chips.js' ? 'result chips, boards only' : 'second script'} (${file}): ${row.bytes} bytes = ${kib(row.bytes).trim()} — budget ${budget / 1024} KiB: ${ok ? 'within' : 'OVER'} (${((100 * row.bytes) / budget).toFixed(1)}% of it)`,
  );
}
