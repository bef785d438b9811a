/**
 * Every saved page in test/fixtures/pages/expectations.ts, read the way the extension reads
 * it on that URL: the right reader, the job's title, the first and last sentence of the
 * visible description, nothing from the page around it — or nothing at all where the
 * page shows no posting.
 */
import { describe, expect, it } from 'vitest';
import { extractPosting } from '@/lib/extract';
import { readPosting } from '@/lib/extract/read';
import { PAGES } from '../../fixtures/pages/expectations';
import { fixtureHtml, loadDocument } from '../../helpers/dom';
import { shortfalls } from '../../helpers/page-check';

const html = (p: (typeof PAGES)[number]) => p.html?.() ?? fixtureHtml(p.file);

describe('saved pages', () => {
  for (const page of PAGES) {
    it(`${page.file}: ${page.note}`, () => {
      const x = extractPosting(loadDocument(html(page), page.url), page.url);
      if (!page.noPosting && x.result.ok) expect(x.result.posting.source).toBe(page.source);
      if (page.noPosting && !x.result.ok) expect(x.result.failure.kind).toBe('no-posting');
      const reading = x.result.ok ? { ok: true, ...x.result.posting } : { ok: false };
      expect(shortfalls(page, reading), x.result.ok ? `read:\n${x.result.posting.text}` : JSON.stringify(x.result.failure)).toEqual([]);
    });
  }
});

describe('the reading order', () => {
  it('without the generic reader, a page no adapter or JSON-LD answers asks for it', () => {
    const page = PAGES.find((p) => p.file === 'generic/workable.html')!;
    const x = readPosting(loadDocument(html(page), page.url), page.url);
    expect(x.result).toMatchObject({ ok: false, failure: { kind: 'no-posting', unread: 'generic' } });
  });
  it('with it, the same page is read', () => {
    const page = PAGES.find((p) => p.file === 'generic/workable.html')!;
    const x = extractPosting(loadDocument(html(page), page.url), page.url);
    expect(x.result.ok).toBe(true);
  });
});
