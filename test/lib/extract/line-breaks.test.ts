import { describe, expect, it, vi } from 'vitest';
import { keepLineBreaks, showsLineBreaks } from '@/lib/extract/line-breaks';
import { findText, rangeFor, textMap } from '@/lib/extract/offsets';
import { loadDocument } from '../../helpers/dom';

describe('line breaks a page shows inside text', () => {
  const html = (attrs: string) =>
    `<style>.plain { white-space: pre-line; }</style><div id="r"><p>About us</p><div ${attrs}>What you will do\n- Build   pipelines\n\n- Own the <b>warehouse</b>\nand its models\n</div><p>Apply\nnow</p></div>`;

  // without layout (happy-dom here, linkedom in the CLI) line breaks are read from the markup; a browser tab's computed
  // style is checked by the e2e tests (Chromium and Firefox); a document with no window at all reads the markup too
  const withoutStyle = (doc: Document): Document => {
    Object.defineProperty(doc, 'defaultView', { value: null });
    return doc;
  };
  it.each([
    ['a class whose <style> rule shows them', 'class="plain"', false],
    ['an inline style', 'style="white-space: pre-wrap"', false],
    ['a class whose <style> rule shows them, without computed style', 'class="plain"', true],
    ['an inline style, without computed style', 'style="white-space: pre-wrap"', true],
  ])('%s: each line of the text is a line, and the text keeps its length', (_, attrs, bare) => {
    const doc = bare ? withoutStyle(loadDocument(html(attrs))) : loadDocument(html(attrs));
    const m = textMap(doc.getElementById('r')!);
    expect(m.text).toBe('About us\nWhat you will do - Build pipelines - Own the warehouse and its models\nApply now');
    const kept = keepLineBreaks(m, showsLineBreaks(doc));
    expect(kept).toBe('About us\nWhat you will do\n- Build pipelines\n- Own the warehouse\nand its models\nApply now');
    expect(kept.length).toBe(m.text.length);
    // a line maps back to the page through the same offsets
    const at = kept.indexOf('- Own the warehouse');
    expect(rangeFor(doc, m, at, at + '- Own the warehouse'.length)!.toString()).toBe('- Own the warehouse');
  });

  it('text whose element collapses white space (the default) is left as it is', () => {
    const doc = loadDocument(html('class="other"'));
    const m = textMap(doc.getElementById('r')!);
    expect(keepLineBreaks(m, showsLineBreaks(doc))).toBe(m.text);
    expect(findText(m, 'Apply now')).toBeDefined();
  });

  it('a rule this DOM cannot match is skipped without a throw; a rule inside @media counts; comments do not', () => {
    const doc = loadDocument(
      `<style>/* .c { white-space: pre } */ p::first-line { white-space: pre; } @media screen { .m { white-space: pre-line } }</style><div id="r"><pre>a\nb</pre><div class="m">c\nd</div><div class="c">e\nf</div></div>`,
    );
    for (const d of [doc, withoutStyle(loadDocument(doc.documentElement.outerHTML))]) {
      const m = textMap(d.getElementById('r')!);
      expect(keepLineBreaks(m, showsLineBreaks(d))).toBe('a\nb\nc\nd\ne f');
    }
  });
  it('without computed style, each element is matched once however deep the page (inheritance, not a climb each time)', () => {
    const depth = 3000;
    const doc = withoutStyle(loadDocument(`<div id="r">${'<div>line one\nline two'.repeat(depth)}${'</div>'.repeat(depth)}</div>`));
    let proto: object | null = doc.getElementById('r');
    while (proto && !Object.prototype.hasOwnProperty.call(proto, 'matches')) proto = Object.getPrototypeOf(proto);
    const matches = vi.spyOn(proto as Element, 'matches');
    const closest = vi.spyOn(proto as Element, 'closest');
    const shows = showsLineBreaks(doc);
    for (const el of doc.querySelectorAll('#r div')) shows(el);
    expect(matches.mock.calls.length).toBeLessThanOrEqual(depth + 10);
    expect(closest).not.toHaveBeenCalled();
    matches.mockRestore();
    closest.mockRestore();
  });
  it('a sheet of unclosed comments and braces is read in one pass', () => {
    const doc = loadDocument(`<style>${'/* {'.repeat(50_000)}</style><style>${'a{'.repeat(50_000)}</style><p id="r">x</p>`);
    expect(showsLineBreaks(doc)(doc.getElementById('r')!)).toBe(false);
  });
});
