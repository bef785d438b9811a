// @vitest-environment happy-dom
/** Painting evidence on a page with the CSS Custom Highlight API (a stand-in registry here: happy-dom has none). */
import { afterEach, describe, expect, it } from 'vitest';
import { clearHighlights, drawHighlights, PageText, reveal } from '@/lib/highlight';

class FakeHighlight extends Set<Range> {
  constructor(...ranges: Range[]) {
    super(ranges);
  }
}
const registry = new Map<string, FakeHighlight>();
const win = window as unknown as { Highlight?: typeof FakeHighlight };
/** happy-dom's window.CSS is made anew on each read: give the window a fixed one. */
function setHighlightApi(on: boolean) {
  Object.defineProperty(window, 'CSS', { value: on ? { highlights: registry } : {}, configurable: true });
  if (on) win.Highlight = FakeHighlight;
  else delete win.Highlight;
}

afterEach(() => {
  registry.clear();
  document.body.replaceChildren();
});

function page(): PageText {
  document.body.innerHTML = `<main><ul><li>Build and maintain data pipelines with Airflow.</li><li>Deploy models to production.</li></ul><p>Unrelated text.</p></main>`;
  return new PageText(document, [document.querySelector('main')!]);
}

describe('highlights', () => {
  it('paints each role in its own named highlight, counts what it could not find, and clears everything', () => {
    setHighlightApi(true);
    const text = page();
    const spans = [
      { text: 'Build and maintain data pipelines with Airflow.', role: 'de' as const },
      { text: 'Deploy models to production.', role: 'mle' as const },
      { text: 'A sentence that is not on the page.', role: 'ds' as const },
    ];
    const r = drawHighlights(document, text, spans, ['de', 'mle', 'ds'], '::highlight(rolelens-de){color:green}');
    expect(r).toEqual({ drawn: 2, missing: 1, supported: true });
    expect([...registry.get('rolelens-de')!].map((x) => x.toString())).toEqual(['Build and maintain data pipelines with Airflow.']);
    // a role switched off is not painted
    drawHighlights(document, text, spans, ['de'], '');
    expect(registry.has('rolelens-mle')).toBe(false);
    expect(reveal(document, text, spans[1]!, '')).toBe(true);
    expect([...registry.get('rolelens-flash')!].map((x) => x.toString())).toEqual(['Deploy models to production.']);
    expect(reveal(document, text, spans[2]!, '')).toBe(false);
    clearHighlights(document);
    expect(registry.size).toBe(0);
  });

  it('without the API paints nothing and "show on page" selects the sentence instead; the DOM is never changed', () => {
    setHighlightApi(false);
    const text = page();
    const before = document.body.innerHTML;
    expect(drawHighlights(document, text, [{ text: 'Deploy models to production.', role: 'mle' }], ['mle'], '')).toEqual({
      drawn: 0,
      missing: 1,
      supported: false,
    });
    expect(reveal(document, text, { text: 'Deploy models to production.', role: 'mle' }, '')).toBe(true);
    expect(document.getSelection()?.toString()).toBe('Deploy models to production.');
    expect(document.body.innerHTML).toBe(before);
  });
});
