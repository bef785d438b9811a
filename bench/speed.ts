/**
 * Analysis speed: median time of analyze() on a 4 KB and a 100 KB posting, against a
 * bare tokenisation pass (natural's stemmer over every word) of the same text, in the
 * same run. Also checks growth is linear (100 KB time / 4 KB time ≈ 25).
 * Run: npm run bench:speed
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { analyze } from '../lib/analyze';
import { tokenize } from '../lib/nlp/tokens';

const sample = readFileSync(join(import.meta.dirname, '..', 'assets', 'samples', 'data-scientist-posting.txt'), 'utf8');

/** A posting of about `bytes` characters built from the sample's lines (varied so caching cannot cheat). */
function posting(bytes: number): string {
  const lines = sample.split('\n');
  const out: string[] = [];
  let n = 0;
  for (let i = 0; n < bytes; i++) {
    const line = `${lines[i % lines.length]} ${i % 7 === 0 ? `(team ${i})` : ''}`.trim();
    out.push(line);
    n += line.length + 1;
  }
  return out.join('\n').slice(0, bytes);
}

function median(fn: () => void, runs: number): number {
  for (let i = 0; i < Math.min(5, runs); i++) fn(); // warm up
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

const goals: Record<number, number> = { 4096: 10, 102400: 150 };
console.log('RoleLens analysis speed (median of repeated runs, this machine)\n');
console.log(`${'posting'.padEnd(10)}${'analyze()'.padStart(12)}${'tokenise only'.padStart(16)}${'ratio'.padStart(8)}${'goal'.padStart(10)}`);
const results: Record<number, number> = {};
for (const size of [4096, 102400]) {
  const text = posting(size);
  const runs = size > 10_000 ? 41 : 201;
  const a = median(() => analyze({ text, source: 'paste', title: 'Data Scientist' }), runs);
  const t = median(() => tokenize(text), runs);
  results[size] = a;
  const label = `${Math.round(size / 1024)} KB`;
  console.log(
    `${label.padEnd(10)}${`${a.toFixed(2)} ms`.padStart(12)}${`${t.toFixed(2)} ms`.padStart(16)}${`${(a / t).toFixed(1)}×`.padStart(8)}${`≤ ${goals[size]} ms`.padStart(10)}${a <= goals[size]! ? '  ok' : '  OVER'}`,
  );
}
const growth = results[102400]! / results[4096]!;
console.log(`\ngrowth 4 KB → 100 KB: ${growth.toFixed(1)}× for 25× the text (linear would be ≈ 25×)`);

// hostile shapes: one 100 KB line after equal-opportunity text (the sections' checks read whole lines), against the same goal
console.log('\nhostile text, 100 KB on one line after an equal-opportunity sentence:');
const eeo = 'Acme is an equal opportunity employer without regard to national origin.\n';
for (const unit of [
  'you will build ',
  'as a data engineer, you will build ',
  'responsible for data ',
  'Experience with Snowflake, ',
  '- Build pipelines ',
  'Done. Requirements: Python. ',
]) {
  const text = (eeo + unit.repeat(Math.ceil(102400 / unit.length))).slice(0, 102400);
  const a = median(() => analyze({ text, source: 'paste' }), 11);
  const label = `"${unit.trim()}" × ${Math.ceil(102400 / unit.length)}`;
  console.log(
    `  ${label.padEnd(48)}${`${a.toFixed(0)} ms`.padStart(8)}  (${(a / results[102400]!).toFixed(1)}× the 100 KB posting; goal ≤ 150 ms${a <= 150 ? ', ok' : ', OVER'})`,
  );
}
