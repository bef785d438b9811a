import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { capturedUrl, dropArchiveToolbar } from '@/lib/cli/archived';
import { loadHtmlParser, readInput } from '@/lib/cli/input';

const LINKEDIN = 'https://uk.linkedin.com/jobs/view/data-scientist-at-tidewater-bank-3900000002';
const SAVED = join(import.meta.dirname, '..', '..', 'fixtures', 'saved', 'wayback-linkedin.html');

describe('a web archive’s copy of a page', () => {
  it('is read on the address it was captured from', () => {
    expect(capturedUrl(`https://web.archive.org/web/20250312094512/${LINKEDIN}`)).toBe(LINKEDIN);
    // a capture's modifier ("id_"), a captured address without its scheme or with one slash, a query kept
    expect(capturedUrl('https://web.archive.org/web/20250312094512id_/boards.greenhouse.io/acme/jobs/42?gh_src=x')).toBe(
      'https://boards.greenhouse.io/acme/jobs/42?gh_src=x',
    );
    expect(capturedUrl('http://web.archive.org/web/20190101000000/http:/jobs.lever.co/kelpie/6f1c')).toBe('http://jobs.lever.co/kelpie/6f1c');
    // Archive-It's collections, Arquivo.pt, archive.today's dated address
    expect(capturedUrl('https://wayback.archive-it.org/1234/20240101120000/https://jobs.ashbyhq.com/lantern/1')).toBe('https://jobs.ashbyhq.com/lantern/1');
    expect(capturedUrl('https://arquivo.pt/wayback/20230415101010/https://www.indeed.com/viewjob?jk=9f8e')).toBe('https://www.indeed.com/viewjob?jk=9f8e');
    expect(capturedUrl('https://archive.ph/2024.05.01-093000/https://www.linkedin.com/jobs/view/123')).toBe('https://www.linkedin.com/jobs/view/123');
  });

  it('leaves every other address as it is', () => {
    for (const url of [
      LINKEDIN,
      'https://careers.example/jobs/20250312094512',
      'https://careers.example/jobs/20250312094512/apply',
      'https://archive.ph/AbCdE',
      'not a url',
      undefined,
    ])
      expect(capturedUrl(url)).toBe(url);
  });

  it('drops the Wayback Machine’s toolbar and its printed line', () => {
    const { document } = parseHTML(
      '<html><body><div id="wm-ipp-base"><div id="wm-ipp">12 captures · About this capture</div></div><div id="wm-ipp-print">The Wayback Machine - https://web.archive.org/web/1/x</div><main><p>Posting</p></main></body></html>',
    );
    expect(dropArchiveToolbar(document as unknown as Document)).toBe(true);
    expect(document.body.textContent).toBe('Posting');
    expect(dropArchiveToolbar(document as unknown as Document)).toBe(false);
  });

  describe('as the CLI reads it', () => {
    beforeAll(loadHtmlParser);
    it('reads a LinkedIn page saved from the Wayback Machine with LinkedIn’s reader, on the archive’s address or the one the copy names', () => {
      const html = readFileSync(SAVED, 'utf8');
      for (const url of [`https://web.archive.org/web/20250312094512/${LINKEDIN}`, undefined]) {
        const r = readInput(html, url);
        expect(r.ok && r.posting.source).toBe('adapter:linkedin');
        expect(r.ok && r.posting.url).toBe(LINKEDIN);
        // (the generic reader, on the archive's address, read the job's criteria after the description)
        expect(r.ok && r.posting.text).not.toContain('Seniority level');
        expect(r.ok && r.posting.text).not.toContain('Wayback');
      }
    });
  });
});
