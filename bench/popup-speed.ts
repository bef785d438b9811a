/**
 * Popup speed in real Chromium: from the popup page starting to load to the verdict
 * on screen (the popup's own `rolelens:shown` performance mark), on a 4 KB posting,
 * median of repeated opens, beside the same measure on a page with no posting.
 * Needs the e2e build and Debian's chromium. Run: npm run bench:popup
 */
import { execSync } from 'node:child_process';
import { launch, openExtensionPage, serveFixtures } from '../test/e2e/harness';

const RUNS = Number(process.env.RUNS ?? 15);
if (process.argv.includes('--build')) execSync('npx wxt build --mode e2e', { stdio: 'ignore' });

const served = await serveFixtures();
const session = await launch();

async function measure(path: string, ready: string): Promise<{ median: number; chars: number }> {
  const page = await session.context.newPage();
  await page.goto(`${served.origin}/${path}`);
  const times: number[] = [];
  let chars = 0;
  for (let i = 0; i < RUNS + 2; i++) {
    const popup = await openExtensionPage(session, 'popup.html', page);
    await popup.getByTestId(ready).waitFor({ timeout: 10_000 });
    const t = await popup.evaluate(() => performance.getEntriesByName('rolelens:shown')[0]?.startTime ?? NaN);
    // a page without a posting has no character count: ask only when it is there (never wait for it)
    const count = popup.getByTestId('posting-chars');
    chars = (await count.count()) ? Number((await count.getAttribute('data-chars')) ?? 0) : 0;
    if (i >= 2) times.push(t); // the first two opens warm the browser's caches
    await popup.close();
  }
  await page.close();
  times.sort((a, b) => a - b);
  if (process.env.VERBOSE) console.log(path, times.map((t) => t.toFixed(1)).join(' '));
  return { median: times[Math.floor(times.length / 2)]!, chars };
}

const posting = await measure('posting-4k.html', 'verdict');
const none = await measure('not-a-posting.html', 'state-no-posting');
console.log('RoleLens popup: open → verdict on screen, headless Chromium, median of', RUNS, 'opens\n');
console.log(`  4 KB posting (${posting.chars} chars): ${posting.median.toFixed(1)} ms   goal ≤ 150 ms ${posting.median <= 150 ? 'ok' : 'OVER'}`);
console.log(`  page with no posting (baseline):  ${none.median.toFixed(1)} ms`);
console.log(
  `  analysis and rendering of the verdict add ${(posting.median - none.median).toFixed(1)} ms (${(posting.median / none.median).toFixed(2)}× the baseline)`,
);
await session.close();
await served.close();
