/**
 * The saved pages of test/fixtures/pages/expectations.ts read in a real browser (Chromium, with
 * its layout and the pages' own CSS) by the reader the extension injects, scored as
 * `npm run bench:extract` scores the CLI's reading, and compared with the CLI's reading line
 * for line: a page the browser reads otherwise than the CLI (linkedom, no layout) is listed.
 * Run: npm run bench:extract-browser
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadHtmlParser, parsePage } from '../lib/cli/input';
import { readGeneric } from '../lib/extract/generic';
import { readPosting } from '../lib/extract/read';
import { FIXTURES } from '../test/e2e/harness';
import { PAGES, type PageExpectation } from '../test/fixtures/pages/expectations';
import { shortfalls, type Reading } from '../test/helpers/page-check';
import { readInBrowser } from '../test/helpers/page-reading';

await loadHtmlParser();

/** The page as `rolelens extract PAGE --url URL` reads it. */
function cli(page: PageExpectation): Reading {
  const r = readPosting(parsePage(page.html?.() ?? readFileSync(join(FIXTURES, page.file), 'utf8')), page.url, { generic: readGeneric }).result;
  return r.ok ? { ok: true, title: r.posting.title, company: r.posting.company, text: r.posting.text } : { ok: false };
}

const t0 = performance.now();
const inBrowser = await readInBrowser(PAGES);
const seconds = (performance.now() - t0) / 1000;
let rightBrowser = 0;
let rightCli = 0;
const differ: string[] = [];
PAGES.forEach((page, i) => {
  const b = inBrowser[i]!;
  const c = cli(page);
  const wrong = shortfalls(page, b);
  rightBrowser += wrong.length ? 0 : 1;
  rightCli += shortfalls(page, c).length ? 0 : 1;
  if (b.ok === c.ok && b.title === c.title && b.company === c.company && b.text === c.text) return;
  const bl = (b.text ?? '').split('\n');
  const cl = (c.text ?? '').split('\n');
  const only = (a: string[], o: string[]) =>
    a
      .filter((l) => !o.includes(l))
      .slice(0, 3)
      .map((l) => JSON.stringify(l.slice(0, 90)));
  differ.push(
    `${page.file}${wrong.length ? ` (in the browser: ${wrong.join('; ')})` : ''}\n    browser: ${b.ok ? `${b.title} | ${b.company}` : 'no posting'}   CLI: ${c.ok ? `${c.title} | ${c.company}` : 'no posting'}` +
      (only(bl, cl).length ? `\n    only in the browser's text: ${only(bl, cl).join(', ')}` : '') +
      (only(cl, bl).length ? `\n    only in the CLI's text: ${only(cl, bl).join(', ')}` : ''),
  );
});
console.log('RoleLens extraction in a real browser — every saved page opened in headless Chromium and read by the reader the extension injects\n');
console.log(`pages ${PAGES.length}: right in Chromium ${rightBrowser}, right in the CLI ${rightCli}; read otherwise by the two: ${differ.length}`);
console.log(`(${seconds.toFixed(0)} s for all pages in Chromium, load and read)`);
if (differ.length) console.log(`\nread otherwise by the browser than by the CLI:\n  ${differ.join('\n  ')}`);
