import { it } from 'vitest';
import { extractPosting } from '@/lib/extract';
import { PAGES } from '/work/main/test/fixtures/pages/expectations';
import { fixtureHtml, loadDocument } from '/work/main/test/helpers/dom';
it('dbg', () => {
  for (const f of (process.env.F ?? '').split(',')) {
    const page = PAGES.find((p) => p.file.includes(f))!;
    const x = extractPosting(loadDocument(page.html?.() ?? fixtureHtml(page.file), page.url), page.url);
    console.log('=====', page.file, x.result.ok ? `${x.result.posting.source} | ${x.result.posting.title} | ${x.result.posting.company}\n${x.result.posting.text}` : JSON.stringify(x.result));
  }
});
