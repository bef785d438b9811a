/**
 * The saved pages read in a real browser: each opened in Debian's Chromium (served on 127.0.0.1,
 * its own CSS and layout) and read by the reader the extension injects, bundled from lib/.
 * Shared by the end-to-end test of every page and `npm run bench:extract-browser`.
 */
import { join } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import type { PageExpectation } from '../fixtures/pages/expectations';
import type { Reading } from './page-check';
import { CHROMIUM, CHROMIUM_FLAGS, ROOT, serveFixtures } from '../e2e/harness';

/** Every page opened in headless Chromium and read there; no request leaves the fixture server. */
export async function readInBrowser(pages: PageExpectation[]): Promise<Reading[]> {
  const bundle = (
    await build({
      stdin: {
        contents: `import { readPosting } from './lib/extract/read'; import { readGeneric } from './lib/extract/generic';
          globalThis.__roleLensRead = (url) => { const r = readPosting(document, url, { generic: readGeneric }).result;
            return r.ok ? { ok: true, title: r.posting.title, company: r.posting.company, text: r.posting.text } : { ok: false }; };`,
        resolveDir: ROOT,
        loader: 'ts',
      },
      bundle: true,
      format: 'iife',
      write: false,
      logLevel: 'silent',
    })
  ).outputFiles[0]!.text;
  const served = await serveFixtures();
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: CHROMIUM_FLAGS,
  });
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    // the sites the pages copy (fonts, images, scripts) are not asked for
    await context.route(/^(?!http:\/\/127\.0\.0\.1)/, (route) => route.abort());
    const tab = await context.newPage();
    const out: Reading[] = [];
    for (const page of pages) {
      if (page.html) await tab.setContent(page.html(), { waitUntil: 'load' });
      else await tab.goto(`${served.origin}/${join(page.file)}`, { waitUntil: 'load' });
      await tab.addScriptTag({ content: bundle });
      out.push(await tab.evaluate((url) => (globalThis as unknown as { __roleLensRead(u: string): Reading }).__roleLensRead(url), page.url));
    }
    return out;
  } finally {
    await browser.close();
    await served.close();
  }
}
