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
import { fixtureHtml, hashNames, loadDocument } from '../../helpers/dom';
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

/**
 * Pages whose furniture a class named, read again with every class and id name hashed (as CSS-module and utility-class builds
 * leave them): a share bar, a firm's registration line, the job's name a heading and the page's title both give, a footer's
 * copyright line, a German board's "Ähnliche Jobs", a board's match widget ("Check match", "Sign up to see how well you match this
 * job"), a bar of the job's controls after it ("Apply now Share Email me jobs like this"), an article's byline ("By Hannah
 * Cole · Updated …": no posting), a news post's dateline ("Posted on 18 November 2026 in Vacancies") and a government site's
 * banner ("An official website of Lakeview County") — each known by its words or shape alone.
 */
describe('saved pages with their class names hashed', () => {
  const files = [
    'generic/summary-sidebar.html',
    'generic/ready-to-apply.html',
    'generic/wpbakery.html',
    'generic/tinymce-gaps.html',
    'generic/table-bullets.html',
    'generic/fountain.html',
    'generic/eurotechjobs.html',
    'generic/ap-recruit.html',
    'generic/domain-title.html',
    'generic/karriere-at.html',
    'generic/impactpool.html',
    'generic/jobright.html',
    'generic/pageup.html',
    'generic/interview-questions.html',
    'generic/press-release.html',
    'generic/data-entry.html',
  ];
  for (const page of PAGES.filter((p) => files.includes(p.file))) {
    it(`${page.file} reads as with its names`, () => {
      const x = extractPosting(loadDocument(hashNames(html(page)), page.url), page.url);
      const reading = x.result.ok ? { ok: true, ...x.result.posting } : { ok: false };
      expect(shortfalls(page, reading), x.result.ok ? `read:\n${x.result.posting.title}\n${x.result.posting.text}` : JSON.stringify(x.result.failure)).toEqual(
        [],
      );
    });
  }
  it('every page named is one of the saved pages', () => expect(PAGES.filter((p) => files.includes(p.file))).toHaveLength(files.length));
});

/**
 * Saved pages with a block a site adds around its content, put at the start or the end of their body, read as without it:
 * - a chat widget's bubble, named by its maker (Tawk.to, its greeting as long as a paragraph) or by no name at all — a line
 *   of text outside the page's one wrapper, which had made the whole page the block that wins, and its hero, header and
 *   sidebars part of the posting;
 * - a cookie notice of no name, known by its words and its button ("This website uses cookies … Got it!");
 * - a site's promotion of no name, two sentences and a link ("Our new office in Leeds opens in March. …"), before the page;
 * - an accessibility widget's icon, no words, after the last line of a flat page (whose links home, "Home | Careers", are then still its last).
 */
describe('saved pages with a block the site adds', () => {
  const blocks: { name: string; block: string; at: ('start' | 'end')[]; files: string[] }[] = [
    {
      name: 'a chat bubble named by its maker',
      block:
        '<div id="tawk-bubble-container" class="tawk-min-container"><div class="tawk-bubble"><div class="tawk-text">Hi there! Questions about working with us? Our recruiting team usually replies within a few hours.</div></div></div>',
      at: ['start'],
      files: ['generic/beaver-builder.html', 'generic/duda.html', 'generic/strikingly.html', 'generic/kenjo.html'],
    },
    {
      name: 'a chat bubble of no name',
      block: '<div class="x7f2a"><div class="x1b3c">We are here! Chat with us</div></div>',
      at: ['start'],
      files: ['generic/beaver-builder.html', 'generic/duda.html', 'generic/strikingly.html', 'generic/kenjo.html'],
    },
    {
      name: 'a cookie notice of no name',
      block:
        '<div id="x1f3"><p>This website uses cookies to ensure you get the best experience on our website. <a href="/privacy">Learn more</a></p><button type="button">Got it!</button></div>',
      at: ['start', 'end'],
      files: ['generic/accordion.html', 'generic/avature.html', 'generic/applitrack.html', 'generic/aria-headings.html'],
    },
    {
      name: "an accessibility widget's icon (no words)",
      block:
        '<div class="uwy userway_p1 userway_dark"><div class="uai userway_accessibility_icon" role="button" tabindex="0" aria-label="Accessibility Menu"><span class="ui_w"></span></div></div>',
      at: ['end'],
      files: ['generic/nbsp-bullets.html'],
    },
    {
      name: 'a promotion of no name',
      block:
        '<div class="q9z"><p>Our new office in Leeds opens in March. Come and meet the team at our open day on 12 February. <a href="/events">See events</a></p></div>',
      at: ['start'],
      files: ['generic/avature.html', 'generic/applitrack.html', 'generic/aria-headings.html', 'generic/antd.html', 'generic/academicjobsonline.html'],
    },
  ];
  for (const { name, block, at, files } of blocks) {
    for (const page of PAGES.filter((p) => files.includes(p.file)))
      for (const where of at)
        it(`${page.file}, ${name} at its ${where}, reads as without it`, () => {
          const saved = html(page);
          const changed = where === 'start' ? saved.replace(/<body[^>]*>/, (b) => b + block) : saved.replace('</body>', block + '</body>');
          const x = extractPosting(loadDocument(changed, page.url), page.url);
          const reading = x.result.ok ? { ok: true, ...x.result.posting } : { ok: false };
          expect(shortfalls(page, reading), x.result.ok ? `read:\n${x.result.posting.text}` : JSON.stringify(x.result.failure)).toEqual([]);
        });
    it(`every page named for ${name} is one of the saved pages`, () => expect(PAGES.filter((p) => files.includes(p.file))).toHaveLength(files.length));
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
