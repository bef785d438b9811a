import { beforeAll, describe, expect, it } from 'vitest';
import { loadHtmlParser, parsePage } from '@/lib/cli/input';

beforeAll(loadHtmlParser);

describe('a page parsed as a browser shows it', () => {
  it("puts a table's rows in the body a browser implies, one for each run of rows, and leaves a written body alone", () => {
    const doc = parsePage(
      '<html><body><table id="a"><tr><td>1</td></tr> <tr><td>2</td></tr></table>' +
        '<table id="b"><thead><tr><th>h</th></tr></thead><tbody><tr><td>x</td></tr></tbody></table>' +
        '<table id="c"><caption>c</caption><tr><td>y</td></tr></table></body></html>',
    );
    const shape = (id: string) => Array.from(doc.getElementById(id)!.children, (c) => `${c.tagName}:${c.children.length}`);
    expect(shape('a')).toEqual(['TBODY:2']);
    expect(shape('b')).toEqual(['THEAD:1', 'TBODY:1']);
    expect(shape('c')).toEqual(['CAPTION:0', 'TBODY:1']);
  });

  it('reads a page of label and value tables as a browser does (Hello Work: the establishment table before the job, as in Chromium)', async () => {
    const { readInput } = await import('@/lib/cli/input');
    const { fixtureHtml } = await import('../../helpers/dom');
    const r = readInput(fixtureHtml('generic/hellowork-jp.html'), 'https://www.hellowork.mhlw.go.jp/kensaku/GECA110010.do?kJNo=1');
    expect(r.ok && r.posting.text.split('\n').slice(0, 3)).toEqual(['求人事業所', '事業所名', '株式会社みちのくデータサービス']);
  });
});
