import { describe, expect, it } from 'vitest';
import { findText, rangeFor, textMap } from '@/lib/extract/offsets';
import { extractPosting } from '@/lib/extract';
import { analyze } from '@/lib/analyze';
import { loadDocument, loadFixture } from '../../helpers/dom';

describe('text offsets ⇄ DOM ranges', () => {
  it('keeps paragraph and list structure and collapses whitespace', () => {
    const doc = loadDocument('<div id="r"><p>Hello   <b>big</b>\n world</p><ul><li>one</li><li> two </li></ul><script>x()</script><p hidden>secret</p></div>');
    const m = textMap(doc.getElementById('r')!);
    expect(m.text).toBe('Hello big world\none\ntwo');
  });

  it('parts elements written side by side with nothing between them (skill chips, a link beside a label), never a word styled in part', () => {
    const doc = loadDocument(
      '<div id="r"><p>Skills</p><div><span class="chip">Python</span><span class="chip">SQL</span><span class="chip">AWS</span></div>' +
        '<p><a href="/t/spark">Spark</a><a href="/t/dbt">dbt</a></p><p><a href="/c/1">Lintang Logistics</a><span>Transport</span></p>' +
        '<p>Data &amp; Analytics<span class="sep"></span>Denver</p><p>Data<b>bricks</b> and <b>Snow</b>flake, super<wbr>market</p></div>',
    );
    const m = textMap(doc.getElementById('r')!);
    expect(m.text).toBe('Skills\nPython SQL AWS\nSpark dbt\nLintang Logistics Transport\nData & Analytics Denver\nDatabricks and Snowflake, supermarket');
    const hit = findText(m, 'SQL AWS')!;
    expect(rangeFor(doc, m, hit.start, hit.end)!.toString()).toBe('SQLAWS');
  });

  it('maps any span of the text back to a DOM range with the same text', () => {
    const doc = loadDocument('<div id="r"><p>Build <em>data   pipelines</em> with Airflow.</p><ul><li>Own the   warehouse.</li></ul></div>');
    const m = textMap(doc.getElementById('r')!);
    for (const needle of ['data pipelines', 'Build data pipelines with Airflow.', 'Own the warehouse.', 'Airflow.\nOwn']) {
      const hit = findText(m, needle)!;
      expect(hit, needle).toBeDefined();
      const r = rangeFor(doc, m, hit.start, hit.end)!;
      expect(r.toString().replace(/\s+/g, '')).toBe(needle.replace(/\s+/g, ''));
    }
  });

  it('finds evidence sentences of a real posting on its page', () => {
    const url = 'https://job-boards.greenhouse.io/northwind/jobs/4012345';
    const doc = loadFixture('greenhouse.html', url);
    const x = extractPosting(doc, url);
    expect(x.result.ok).toBe(true);
    if (!x.result.ok) return;
    const report = analyze(x.result.posting);
    const m = textMap(x.roots[0]!);
    expect(report.evidence.length).toBeGreaterThan(3);
    for (const e of report.evidence) {
      const hit = findText(m, e.text);
      expect(hit, e.text).toBeDefined();
      expect(rangeFor(doc, m, hit!.start, hit!.end)!.toString()).toContain(e.text.slice(0, 20));
    }
  });

  it("reads an accordion's section titles (a button inside a heading), never another button", () => {
    const doc = loadDocument(
      '<div id="r"><h3><button aria-expanded="true">Responsibilities</button></h3><ul><li>Build data pipelines.</li></ul><p>Read more <button>Show more</button></p></div>',
    );
    expect(textMap(doc.getElementById('r')!).text).toBe('Responsibilities\nBuild data pipelines.\nRead more');
  });

  it('stops reading at the cap and says so', () => {
    const doc = loadDocument(`<div id="r">${'<p>Build data pipelines with Airflow and Kafka.</p>'.repeat(2000)}</div>`);
    const m = textMap(doc.getElementById('r')!, { maxChars: 10_000 });
    expect(m.truncated).toBe(true);
    expect(m.text.length).toBeLessThanOrEqual(10_000);
    expect(m.totalChars).toBeGreaterThan(80_000);
  });
});

describe('finding a JSON-LD posting on its page', () => {
  it('finds its sentences even when the page marks <main> aria-hidden behind a sign-in modal', async () => {
    const { PageText } = await import('@/lib/highlight');
    const url = 'https://careers.glasswing.example/jobs/ds-12';
    const doc = loadFixture('jsonld-aria-hidden.html', url);
    const x = extractPosting(doc, url);
    expect(x.result.ok && x.result.posting.source).toBe('json-ld');
    expect(x.roots).toEqual([]);
    const page = new PageText(doc, x.roots);
    const sentences = x.result.ok ? x.result.posting.text.split('\n').filter(Boolean) : [];
    expect(sentences.length).toBeGreaterThan(4);
    for (const s of sentences) expect(page.locate(s)?.toString(), s).toBe(s);
  });
});
