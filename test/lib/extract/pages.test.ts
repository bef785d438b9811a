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

const html = (p: (typeof PAGES)[number]) => p.html?.() ?? fixtureHtml(p.file);
const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

describe('saved pages', () => {
  for (const page of PAGES) {
    it(`${page.file}: ${page.note}`, () => {
      const x = extractPosting(loadDocument(html(page), page.url), page.url);
      if (page.noPosting) {
        expect(x.result.ok, x.result.ok ? `read a posting:\n${x.result.posting.text}` : '').toBe(false);
        if (!x.result.ok) expect(x.result.failure.kind).toBe('no-posting');
        return;
      }
      if (!x.result.ok) throw new Error(`no posting: ${JSON.stringify(x.result.failure)}`);
      const p = x.result.posting;
      expect(p.source).toBe(page.source);
      expect(p.title).toBe(page.title);
      const l = lines(p.text);
      expect(l, `first sentence in:\n${p.text}`).toContain(page.first);
      expect(l, `last sentence in:\n${p.text}`).toContain(page.last);
      expect(l.indexOf(page.first!)).toBeLessThan(l.indexOf(page.last!));
      for (const bad of page.absent ?? []) expect(p.text, `"${bad}" should be left out`).not.toContain(bad);
      // little text from outside the description: at most 15% before the first or after the last sentence
      const from = p.text.indexOf(page.first!);
      const to = p.text.indexOf(page.last!) + page.last!.length;
      expect((p.text.length - (to - from)) / p.text.length).toBeLessThan(0.15);
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
