/**
 * Extraction benchmark on many postings: every full-text posting of ../shared/corpus/dev2.jsonl
 * laid out as a career page in five markups real sites use (semantic lists; bold paragraphs;
 * bare <div>s; text and <br>; a page builder's one-block-a-line), each inside five layouts of page
 * furniture (a company site with a sidebar of other jobs and a job-alert sign-up; a board's split view
 * with a list of results, each a card with a line of text; a company site of sections — the job, "Life
 * at …", "More open roles" with a sentence each, a sign-up; an application form with a self-identification
 * survey below the posting; a generic "Job details" h1 with the job's title in a wrapper marked "title" beside its
 * location), then read as `rolelens extract` reads a saved page. It measures what the hand-written fixtures
 * of `bench:extract` cannot: whether the reader holds on hundreds of postings it was not shaped on.
 *
 * - found: the page was read as a posting (every page here holds one);
 * - recall: the share of the posting's lines of text (over 20 characters, with a letter or digit) in the text read;
 * - furniture: pages whose text took in any of the furniture's lines.
 * The generic reader's predecessor (bench/baselines/fallback-v1.ts) reads the same pages in the same run.
 * Run: npm run bench:extract-corpus [-- --set dev|dev2] [-- --limit N]
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Node, parseHTML } from 'linkedom';
import { fixDocumentPosition } from '../lib/cli/document-position';
import { mergeTextNodes } from '../lib/cli/text-nodes';
import { extractJsonLd } from '../lib/extract/json-ld';
import { readGeneric } from '../lib/extract/generic';
import { readPosting } from '../lib/extract/read';
import type { ExtractResult } from '../lib/types';
import { extractFallback } from './baselines/fallback-v1';
import { CORPUS_DIR } from './corpus';

fixDocumentPosition(Node.prototype);

const setArg = process.argv.indexOf('--set');
/** dev2 (2023–25 full text, the default) or dev (2018–19 bullets under "Responsibilities:" and "Requirements:"). */
const set = setArg > 0 ? process.argv[setArg + 1]! : 'dev2';
const path = join(CORPUS_DIR, `${set}.jsonl`);
if (!existsSync(path)) {
  console.log(`no corpus at ${path}: nothing to measure`);
  process.exit(0);
}
const limitArg = process.argv.indexOf('--limit');
const limit = limitArg > 0 ? Number(process.argv[limitArg + 1]) : Infinity;
const rows = readFileSync(path, 'utf8')
  .trim()
  .split('\n')
  .map((l) => JSON.parse(l) as { id: string; title: string; text: string })
  .slice(0, limit);

type Reader = (doc: Document, url: string) => ExtractResult;
const current: Reader = (doc, url) => readPosting(doc, url, { generic: readGeneric }).result;
const baseline: Reader = (doc, url) => readPosting(doc, url, { generic: (d, u, max) => (extractJsonLd(d, u) ? undefined : extractFallback(d, u, max)) }).result;

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const BULLET = /^\s*(?:[•·▪●◦*–-]|\d{1,2}[.)])\s*/;
type Block = { kind: 'heading' | 'para' | 'item'; text: string };

/** The posting's lines as blocks: bullets are items, short lines or lines ending in ":" headings. */
function blocks(text: string): Block[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .map((l): Block => {
      if (BULLET.test(l)) return { kind: 'item', text: l.replace(BULLET, '') };
      const heading = l.length < 60 && !/[.,;]$/.test(l) && (l.split(' ').length <= 3 || /:$/.test(l));
      return { kind: heading ? 'heading' : 'para', text: l };
    });
}

const MARKUPS: Record<string, (bs: Block[]) => string> = {
  semantic: (bs) =>
    lists(
      bs,
      (b) => (b.kind === 'heading' ? `<h3>${esc(b.text)}</h3>` : `<p>${esc(b.text)}</p>`),
      (t) => `<li>${esc(t)}</li>`,
    ),
  'bold paragraphs': (bs) =>
    lists(
      bs,
      (b) => (b.kind === 'heading' ? `<p><strong>${esc(b.text)}</strong></p>` : `<p>${esc(b.text)}</p>`),
      (t) => `<li><p>${esc(t)}</p></li>`,
    ),
  'bare divs': (bs) =>
    bs
      .map((b) =>
        b.kind === 'heading' ? `<div class="t-bold">${esc(b.text)}</div>` : `<div class="t-body">${b.kind === 'item' ? '• ' : ''}${esc(b.text)}</div>`,
      )
      .join(''),
  'text and br': (bs) => bs.map((b) => `${b.kind === 'heading' ? `<b>${esc(b.text)}</b>` : `${b.kind === 'item' ? '- ' : ''}${esc(b.text)}`}<br>`).join(''),
  'page builder': (bs) =>
    bs
      .map(
        (b) =>
          `<div class="blk blk-${b.kind}"><div class="inner">${b.kind === 'heading' ? `<h4>${esc(b.text)}</h4>` : `<p>${b.kind === 'item' ? '• ' : ''}${esc(b.text)}</p>`}</div></div>`,
      )
      .join(''),
};

/** Blocks with runs of items as a <ul>. */
function lists(bs: Block[], other: (b: Block) => string, item: (text: string) => string): string {
  let out = '';
  let open = false;
  for (const b of bs) {
    if (b.kind === 'item' && !open) out += '<ul>';
    if (b.kind !== 'item' && open) out += '</ul>';
    open = b.kind === 'item';
    out += b.kind === 'item' ? item(b.text) : other(b);
  }
  return open ? `${out}</ul>` : out;
}

/** Text each layout's furniture holds that no posting should take in. */
const FURNITURE = [
  'Similar jobs',
  'Get job alerts',
  'Account Executive',
  'Posted 3 days ago',
  'Apply for this job',
  '© 2025 Acme Inc.',
  'Life at Acme',
  'More open roles',
  'power our marketplace',
  '1,204 data jobs',
  'Submit your application',
  'self-identification',
];

const cards = (jobs: string[], card: (title: string, line: string, k: number) => string) =>
  jobs.map((j, k) => card(j.split('|')[0]!, j.split('|')[1]!, k)).join('');
const OTHER_JOBS = [
  'Senior Backend Engineer|You will build the APIs that power our marketplace, in Go and Postgres with a small team.',
  'Product Designer|Design flows that help shippers book freight in minutes.',
  'Account Executive|Sell our platform to mid-market logistics companies across Europe.',
  'Data Analyst|Turn our operational data into weekly reports for the leadership team.',
  'Customer Success Manager|Help our largest customers get value from the product every week.',
];

/** Three pages around the same description: a company site with a sidebar, a board's split view, a company site of sections. */
const LAYOUTS: Record<string, (title: string, description: string, i: number) => string> = {
  'sidebar of jobs': (title, description, i) => `<!doctype html><html><head><title>${esc(title)} | Acme Careers</title></head><body>
<header class="site-header"><a href="/"><img alt="Acme" src="logo.png"></a><nav><a href="/jobs">Jobs</a><a href="/about">About</a><a href="/blog">Blog</a></nav></header>
<main><div class="job-top"><h1>${esc(title)}</h1><div class="meta">New York, NY · Full-time · Posted 3 days ago</div><a class="btn" href="/apply/${i}">Apply now</a></div>
<div class="layout"><section class="content"><div class="description">${description}</div><a class="btn" href="/apply/${i}">Apply for this job</a></section>
<aside class="sidebar"><h2>Similar jobs</h2>${cards(OTHER_JOBS, (t, _, k) => `<div class="job-card"><a href="/jobs/${k}">${t}</a><span>Remote · Full-time</span></div>`)}</aside></div></main>
<footer><div class="newsletter"><h3>Get job alerts</h3><input type="email" placeholder="Email"><button>Subscribe</button></div><a href="/privacy">Privacy</a><p>© 2025 Acme Inc.</p></footer></body></html>`,
  'board split view': (title, description) => `<!doctype html><html><head><title>${esc(title)} - Jobs | Findwork</title></head><body>
<header><a href="/">Findwork</a><form role="search"><input name="q"><button>Search</button></form></header>
<main class="split"><section class="results"><h2>1,204 data jobs</h2><ul class="result-list">${cards(OTHER_JOBS, (t, line, k) => `<li class="result-card"><a href="/jobs/${k}"><h3>${t}</h3></a><div class="company">Acme</div><p class="snippet">${line}</p><span>2 days ago</span></li>`)}</ul></section>
<section class="detail"><div class="detail-header"><h1>${esc(title)}</h1><div>Acme Logistics · New York, NY</div><button>Apply now</button><button>Save</button></div><div class="detail-body">${description}</div></section></main>
<footer><a href="/privacy">Privacy</a><p>© 2025 Acme Inc.</p></footer></body></html>`,
  'application form': (
    title,
    description,
  ) => `<!doctype html><html><head><title>Job Application for ${esc(title)} at Acme</title></head><body><div id="app_body">
<div id="header"><h1 class="app-title">${esc(title)}</h1><span class="company-name">at Acme</span><div class="location">New York, NY</div></div>
<div id="content">${description}</div>
<div id="application"><h2>Submit your application</h2><form id="application_form"><label>First Name *<input name="first_name"></label><label>Last Name *<input name="last_name"></label><label>Email *<input name="email"></label><label>Phone<input name="phone"></label><label>Resume/CV *<input type="file"></label>
<div class="eeoc"><h3>Voluntary Self-Identification</h3><p>For government reporting purposes, we ask candidates to respond to the below self-identification survey. Completion of the form is entirely voluntary. Whatever your decision, it will not be considered in the hiring process or thereafter.</p><p>As set forth in Acme's Equal Employment Opportunity policy, we do not discriminate on the basis of any protected group status under any applicable law.</p><label>Veteran status<select><option>I am not a protected veteran</option></select></label><p>If you believe you belong to any of the categories of protected veterans listed below, please indicate by making the appropriate selection.</p></div>
<button type="submit">Submit Application</button></form></div></div><div id="footer">© 2025 Acme Inc.</div></body></html>`,
  'title in a wrapper': (title, description) => `<!doctype html><html><head><title>Careers | Acme</title></head><body>
<header><a href="/">Acme</a><nav><a href="/jobs">Jobs</a></nav></header>
<main><h1>Job details</h1><div class="job-title-wrap"><div class="job-title">${esc(title)}</div><div class="job-location">New York, NY</div></div>
<div class="description">${description}</div><a class="btn" href="/apply">Apply now</a></main><footer>© 2025 Acme Inc.</footer></body></html>`,
  'site of sections': (title, description) => `<!doctype html><html><head><title>${esc(title)} | Acme Careers</title></head><body>
<header class="site-header"><a href="/"><img alt="Acme" src="logo.png"></a><nav><a href="/jobs">Jobs</a></nav></header>
<main><section class="hero"><h1>${esc(title)}</h1><p>New York, NY · Full-time</p></section>
<section class="job-body"><div class="container">${description}</div></section>
<section class="about-acme"><div class="container"><h2>Life at Acme</h2><p>We are 400 people in six offices. We care about craft, kindness and shipping things that matter to our customers.</p><p>Our offices have great coffee, and we meet as a whole company twice a year to plan what comes next.</p></div></section>
<section class="more-jobs"><div class="container"><h2>More open roles</h2>${cards(OTHER_JOBS.slice(0, 3), (t, line) => `<div class="related-card"><h4>${t}</h4><p>${line}</p></div>`)}</div></section>
<section class="cta"><div class="container"><h2>Get job alerts</h2><p>Be the first to hear about new roles at Acme.</p><input type="email"><button>Subscribe</button></div></section></main>
<footer><a href="/privacy">Privacy</a><p>© 2025 Acme Inc.</p></footer></body></html>`,
};

// (zero-width characters are nothing a reader sees: the reader leaves them out of its text, and so does the measure)
const norm = (s: string) =>
  s
    .replace(/[\u200b\u2060\ufeff]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();

interface Score {
  found: boolean;
  recall: number;
  furniture: boolean;
  /** The job's title read: the posting's, or its part before a dash ("Data Analyst – Population Health" → "Data Analyst"). */
  title: boolean;
}

/** How the job is worked, as a title's part after a dash says it: "- Remote", "- Contract". */
const WORKED = /^(?:remote|hybrid|on-?site|full[- ]time|part[- ]time|contract|permanent|temporary|freelance)$/i;
/**
 * A posting's title as the page may rightly show it: whole; without a tag in brackets before it ("[GAC] Senior Data Engineer",
 * a firm's or a list's tag) or a reference after it ("Data Scientist #1983", "DevOps Engineer (REF215M)"); and without the parts
 * that say how the job is worked ("Lead Data Engineer - FinTech - Hybrid" is "Lead Data Engineer - FinTech"), or its cheer after it
 * ("Data Engineer to Tracab!" is "Data Engineer to Tracab").
 */
function titleVariants(title: string): string[] {
  const bare = title
    .replace(/^\[[^\]]*\]\s*/, '')
    .replace(/\s*(?:#\w+|\((?:ref|req)[^)]*\))$/i, '')
    .replace(/!+$/, '');
  return [
    title,
    bare,
    bare
      .split(/\s+[-–—|]\s+/)
      .filter((p) => !WORKED.test(p))
      .join(' - '),
  ];
}

function score(reader: Reader, html: string, url: string, lines: string[], title: string): Score {
  const { document } = parseHTML(html);
  mergeTextNodes(document as unknown as Document); // as the CLI reads a page
  const r = reader(document as unknown as Document, url);
  if (!r.ok) return { found: false, recall: 0, furniture: false, title: false };
  const got = norm(r.posting.text);
  const read = norm(r.posting.title ?? '');
  return {
    found: true,
    recall: lines.filter((l) => got.includes(l)).length / Math.max(1, lines.length),
    furniture: FURNITURE.some((f) => got.includes(norm(f))),
    title: !!read && titleVariants(title).some((t) => read === norm(t) || t.split(/\s+[-–—|]\s+/).some((part) => norm(part) === read)),
  };
}

const pct = (x: number) => `${Math.round(100 * x)}%`;
const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.floor(q * (xs.length - 1))] ?? 0;

console.log(`RoleLens extraction on ${rows.length} real postings (${set}.jsonl) laid out as career pages, read as \`rolelens extract\` reads them`);
for (const [layout, page] of Object.entries(LAYOUTS)) {
  console.log(
    `\n${layout}\n${'markup'.padEnd(18)}${'found'.padStart(7)}${'recall p10'.padStart(12)}${'median'.padStart(8)}${'< 90%'.padStart(7)}${'furniture'.padStart(11)}${'title'.padStart(7)}   v1: found, recall p10, < 90%, furniture, title`,
  );
  for (const [name, markup] of Object.entries(MARKUPS)) {
    const now: Score[] = [];
    const v1: Score[] = [];
    rows.forEach((row, i) => {
      const bs = blocks(row.text);
      // (lines of text: a rule of dashes or underscores is no line of the posting's)
      const lines = bs.map((b) => norm(b.text)).filter((l) => l.length > 20 && /[\p{L}\p{N}]/u.test(l));
      const html = page(row.title, markup(bs), i);
      const url = `https://acme.example/jobs/${i}`;
      now.push(score(current, html, url, lines, row.title));
      v1.push(score(baseline, html, url, lines, row.title));
    });
    const line = (s: Score[]) => ({
      found: pct(s.filter((x) => x.found).length / s.length),
      p10: pct(
        quantile(
          s.map((x) => x.recall),
          0.1,
        ),
      ),
      median: pct(
        quantile(
          s.map((x) => x.recall),
          0.5,
        ),
      ),
      low: pct(s.filter((x) => x.recall < 0.9).length / s.length),
      furniture: pct(s.filter((x) => x.furniture).length / s.length),
      title: pct(s.filter((x) => x.title).length / s.length),
    });
    const a = line(now);
    const b = line(v1);
    console.log(
      `${name.padEnd(18)}${a.found.padStart(7)}${a.p10.padStart(12)}${a.median.padStart(8)}${a.low.padStart(7)}${a.furniture.padStart(11)}${a.title.padStart(7)}   ${b.found}, ${b.p10}, ${b.low}, ${b.furniture}, ${b.title}`,
    );
  }
}
console.log("\nfound: read as a posting; recall: share of the posting's lines in the text read; < 90%: pages with less than 90% of their lines;");
console.log("furniture: pages whose text took in the page's furniture (other jobs, a job-alert sign-up, the footer, the job's header, a results heading);");
console.log(
  "title: the job's title read, whole or without a qualifier after a dash, a tag in brackets before it, a reference after it or how the job is worked.",
);
