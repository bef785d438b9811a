/**
 * Line breaks a page shows inside text: a career system that stores a description as plain
 * text shows it in a `<pre>` or with `white-space: pre-line`, and its newlines are then the
 * posting's only structure ("What you'll do", one duty a line). `textMap()` collapses every
 * whitespace run to one character; `keepLineBreaks()` turns the runs that hold a newline in
 * such an element back into line breaks. The text keeps its length, so its offsets (and the
 * highlights drawn from them) are unchanged. Used by the generic reader only.
 */
import type { TextMap } from './offsets';
import { ruleSelectors, validSelectors } from './style-rules';
import { hasLayout } from './visibility';

const SHOWS = /^(?:pre|break-spaces)/;
const SHOWS_DECLARATION = /white-space\s*:\s*(?:pre|break-spaces)/i;
/** At most this many of the page's own rules that show line breaks are matched against elements. */
const MAX_SELECTORS = 100;

/**
 * Whether an element shows its text's line breaks: from the computed style where the page has
 * layout (a browser tab, as `hasLayout` decides for visibility too); from `<pre>`, inline styles
 * and the page's own `<style>` rules where it has none (a saved page read in Node). Cached per element.
 */
export function showsLineBreaks(doc: Document): (el: Element) => boolean {
  const view = doc.defaultView;
  const style = view && hasLayout(doc) ? (el: Element) => view.getComputedStyle(el).whiteSpace : undefined;
  let markup: string | undefined;
  const matches = (el: Element): boolean => {
    // the page's rules are read the first time they are needed (a laid-out page has computed style instead)
    markup ??= [
      'pre',
      // a text box shows its text's line breaks (a read-only one's text is read: see `SKIP`)
      'textarea',
      '[style*="white-space:pre" i]',
      '[style*="white-space: pre" i]',
      ...validSelectors(
        doc,
        ruleSelectors(doc, (d) => SHOWS_DECLARATION.test(d), true),
      ).slice(0, MAX_SELECTORS),
    ].join(', ');
    try {
      return el.matches(markup);
    } catch {
      return false;
    }
  };
  const seen = new Map<Element, boolean>();
  return (el) => {
    let shows = seen.get(el);
    if (shows !== undefined) return shows;
    if (style) {
      shows = SHOWS.test(style(el));
      seen.set(el, shows);
      return shows;
    }
    // from the markup: white-space is inherited, so an element shows line breaks when it or an
    // ancestor matches; each element is matched once (a page nested 10,000 deep stays linear)
    const chain: Element[] = [];
    for (let e: Element | null = el; e && (shows = seen.get(e)) === undefined; e = e.parentElement) chain.push(e);
    shows ??= false;
    for (let i = chain.length - 1; i >= 0; i--) {
      shows ||= matches(chain[i]!);
      seen.set(chain[i]!, shows);
    }
    return shows;
  };
}

/** The map's text with each whitespace run that holds a newline, in an element that shows it, as a line break. */
export function keepLineBreaks(map: TextMap, shows: (el: Element) => boolean): string {
  let chars: string[] | undefined;
  const breakAt = (i: number): void => {
    if (i < 0 || i >= map.text.length || map.text[i] !== ' ') return;
    chars ??= map.text.split('');
    chars[i] = '\n';
  };
  for (const s of map.segments) {
    const data = s.node.data;
    const parent = s.node.parentElement;
    if (!data.includes('\n') || !parent || !shows(parent)) continue;
    const first = s.raw[0]!;
    const last = s.raw[s.raw.length - 1]!;
    // before the segment (the separator the map put there), inside it, and after it
    if (data.lastIndexOf('\n', first) >= 0) breakAt(s.start - 1);
    for (let k = 1; k < s.raw.length - 1; k++) {
      if (map.text[s.start + k] === ' ' && data.slice(s.raw[k]!, s.raw[k + 1]!).includes('\n')) breakAt(s.start + k);
    }
    if (data.indexOf('\n', last + 1) >= 0) breakAt(s.end);
  }
  // (without the zero-width spaces a page puts in its headings' anchors: "What you'll do\u200b" is a heading, nor the soft
  // hyphens a CMS puts inside long words, "Respon&shy;sibilities", which split a word where the line does not break)
  return (chars ? chars.join('') : map.text).replace(/[\u200b\u2060\ufeff\u00ad]/g, '');
}
