/**
 * Every saved page of test/fixtures/pages/expectations.ts, opened in Chromium — its own CSS,
 * its layout — and read by the reader the extension injects: the posting a careful person
 * reads there, or none. (The unit tests read the same pages without layout.)
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { PAGES } from '../fixtures/pages/expectations';
import { shortfalls } from '../helpers/page-check';
import { readInBrowser } from '../helpers/page-reading';

describe('saved pages in a real browser', () => {
  it(`all ${PAGES.length} read as a careful person reads them, with the page's layout`, async () => {
    const read = await readInBrowser(PAGES);
    const wrong = PAGES.flatMap((page, i) => {
      const s = shortfalls(page, read[i]!);
      return s.length ? [`${page.file}: ${s.join('; ')}`] : [];
    });
    assert.deepEqual(wrong, []);
  });
});
