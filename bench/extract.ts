/**
 * Extraction benchmark: every saved page of test/fixtures/pages/expectations.ts read the
 * way `rolelens extract PAGE --url URL` reads it (linkedom, no layout), scored against what
 * a person reads there: posting found (or rightly none), title right, first and last
 * sentence of the description present, and the share of text from outside the
 * description. The same pages are read by the generic reader's predecessor
 * (bench/baselines/fallback-v1.ts) in the same run.
 * Run: npm run bench:extract
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadHtmlParser, parsePage } from '../lib/cli/input';
import { extractJsonLd } from '../lib/extract/json-ld';
import { readGeneric } from '../lib/extract/generic';
import { readPosting } from '../lib/extract/read';
import type { ExtractResult } from '../lib/types';
import { PAGES, type PageExpectation } from '../test/fixtures/pages/expectations';
import { shortfalls } from '../test/helpers/page-check';
import { extractFallback } from './baselines/fallback-v1';

// as the CLI reads pages: linkedom with the DOM's document order, the page as a browser shows it
await loadHtmlParser();

const DIR = join(import.meta.dirname, '..', 'test', 'fixtures', 'pages');

interface Score {
  right: boolean;
  found: boolean;
  title: boolean;
  first: boolean;
  last: boolean;
  junk: number;
  source: string;
  ms: number;
}

type Reader = (doc: Document, url: string) => ExtractResult;

const current: Reader = (doc, url) => readPosting(doc, url, { generic: readGeneric }).result;
const baseline: Reader = (doc, url) =>
  readPosting(doc, url, {
    generic: (d, u, max) => {
      if (extractJsonLd(d, u)) return undefined;
      return extractFallback(d, u, max);
    },
  }).result;

function score(page: PageExpectation, read: Reader): Score {
  const html = page.html?.() ?? readFileSync(join(DIR, page.file), 'utf8');
  const t0 = performance.now();
  const r = read(parsePage(html), page.url);
  const ms = performance.now() - t0;
  if (!r.ok) return { right: !!page.noPosting, found: false, title: false, first: false, last: false, junk: 0, source: '—', ms };
  const p = r.posting;
  if (page.noPosting) return { right: false, found: true, title: false, first: false, last: false, junk: 1, source: p.source, ms };
  const lines = p.text.split('\n').map((l) => l.trim());
  const first = lines.includes(page.first!);
  const last = lines.includes(page.last!);
  const from = p.text.indexOf(page.first!);
  const to = p.text.indexOf(page.last!) + page.last!.length;
  const junk = first && last && to > from ? (p.text.length - (to - from)) / p.text.length : 1;
  const title = p.title === page.title;
  // right as every reading of the saved pages judges it (nothing the page shows around the posting read, either)
  return { right: shortfalls(page, { ok: true, ...p }).length === 0, found: true, title, first, last, junk, source: p.source, ms };
}

const group = (p: PageExpectation) => (p.noPosting ? 'no posting' : p.source!.startsWith('adapter:') ? 'site adapter' : p.source!);
const pct = (x: number) => `${Math.round(100 * x)}%`;
const mark = (b: boolean) => (b ? '✓' : '✗');

const rows = PAGES.map((page) => ({ page, now: score(page, current), before: score(page, baseline) }));

console.log('RoleLens extraction benchmark — saved pages read as `rolelens extract PAGE --url URL` reads them\n');
console.log(`${'page'.padEnd(42)}${'expected'.padEnd(20)}${'read by'.padEnd(20)}found title first last junk   right  (v1 reader)`);
for (const { page, now, before } of rows) {
  const expected = page.noPosting ? 'no posting' : page.source!;
  console.log(
    `${page.file.replace(/^generic\//, '').padEnd(42)}${expected.padEnd(20)}${now.source.padEnd(20)}${mark(page.noPosting ? !now.found : now.found).padEnd(6)}${(page.noPosting ? '·' : mark(now.title)).padEnd(6)}${(page.noPosting ? '·' : mark(now.first)).padEnd(6)}${(page.noPosting ? '·' : mark(now.last)).padEnd(5)}${(page.noPosting ? '·' : pct(now.junk)).padEnd(7)}${mark(now.right).padEnd(7)}(${mark(before.right)})`,
  );
}

console.log(
  `\n${'source'.padEnd(16)}${'pages'.padStart(6)}${'right'.padStart(8)}${'found'.padStart(8)}${'title'.padStart(8)}${'first+last'.padStart(12)}${'median junk'.padStart(13)}${'v1 right'.padStart(10)}`,
);
const groups = [...new Set(PAGES.map(group))];
for (const g of [...groups, 'all']) {
  const rs = rows.filter((r) => g === 'all' || group(r.page) === g);
  const postings = rs.filter((r) => !r.page.noPosting);
  const n = (f: (r: (typeof rows)[number]) => boolean, set = rs) => set.filter(f).length;
  const junks = postings.map((r) => r.now.junk).sort((a, b) => a - b);
  const med = junks.length ? junks[Math.floor(junks.length / 2)]! : 0;
  console.log(
    `${g.padEnd(16)}${String(rs.length).padStart(6)}${`${n((r) => r.now.right)}`.padStart(8)}${(g === 'no posting' ? `${n((r) => !r.now.found)}` : `${n((r) => r.now.found, postings)}`).padStart(8)}${`${n((r) => r.now.title, postings)}`.padStart(8)}${`${n((r) => r.now.first && r.now.last, postings)}`.padStart(12)}${(postings.length ? pct(med) : '·').padStart(13)}${`${n((r) => r.before.right)}`.padStart(10)}`,
  );
}
const times = rows.map((r) => r.now.ms).sort((a, b) => a - b);
const timesV1 = rows.map((r) => r.before.ms).sort((a, b) => a - b);
const median = (xs: number[]) => xs[Math.floor(xs.length / 2)]!;
console.log(
  `\nmedian time a page (parse + read): ${median(times).toFixed(1)} ms (v1 reader ${median(timesV1).toFixed(1)} ms, ratio ${(median(times) / median(timesV1)).toFixed(2)}×)`,
);
console.log('"no posting" pages are right when nothing is read; "junk" is the share of text before the first or after the last sentence of the description;');
console.log("a posting page is right when found with its title, both sentences, under 15% junk and none of the page's other text the fixture names.");
