/**
 * Text offset ⇄ DOM range. `textMap()` turns an element into plain text with its
 * paragraph and list structure (newlines between blocks, whitespace collapsed) and
 * remembers which text node every character came from, so a span of the text can be
 * turned back into a DOM `Range` for highlighting. Reads the DOM; never changes it.
 */
import { hiddenByMarkup } from './visibility';

/**
 * Elements whose text is not posting text (void elements such as IMG and INPUT have none to skip). A `<textarea>`'s text
 * is read: it is what the page put in the box (a portal's read-only "Position Description"), as what a reader types in it
 * is its value, never its text; the generic reader leaves out a box to fill in (`fillIn`).
 */
export const SKIP = new Set('SCRIPT STYLE NOSCRIPT TEMPLATE SVG CANVAS IFRAME OBJECT BUTTON SELECT VIDEO AUDIO HEAD'.split(' '));

/** Elements that start a line of their own (shared with the generic reader's walk); a text box's text is in a box of its own. */
export const BLOCK = new Set(
  (
    'ADDRESS ARTICLE ASIDE BLOCKQUOTE BR DD DIV DL DT FIELDSET FIGCAPTION FIGURE FOOTER FORM H1 H2 H3 H4 H5 H6 HEADER ' +
    'HR LI MAIN NAV OL P PRE SECTION TABLE TBODY TD TH THEAD TR UL SUMMARY DETAILS TEXTAREA'
  ).split(' '),
);

interface Segment {
  /** Span in the map's text. */
  start: number;
  end: number;
  node: Text;
  /** Offset in `node.data` of each character of the span (collapsed whitespace skips some). */
  raw: number[];
}

export interface TextMap {
  text: string;
  segments: Segment[];
  /** True when reading stopped at `maxChars`. */
  truncated: boolean;
  /** Characters the element holds in all (an estimate when truncated). */
  totalChars: number;
}

export interface TextMapOptions {
  maxChars?: number;
  /** Elements to leave out (side rails, "similar jobs"). */
  exclude?: (el: Element) => boolean;
  /** What counts as hidden; by default what the markup hides (`hiddenByMarkup`). */
  hidden?: (el: Element) => boolean;
}

export const DEFAULT_MAX_CHARS = 200_000;

/** Plain text of `root` with a map back to its text nodes. */
export function textMap(root: Node, options: TextMapOptions = {}): TextMap {
  const maxChars = options.maxChars ?? DEFAULT_MAX_CHARS;
  const isHidden = options.hidden ?? hiddenByMarkup;
  const parts: string[] = [];
  const segments: Segment[] = [];
  let length = 0;
  let truncated = false;
  let totalChars = 0;
  /** Pending separator before the next text: '' none, ' ' a space, '\n' a line break. */
  let pending = '';

  const emit = (s: string): void => {
    parts.push(s);
    length += s.length;
  };

  const breakLine = (): void => {
    if (length > 0) pending = '\n';
  };

  const visitText = (node: Text): void => {
    const data = node.data;
    totalChars += data.length;
    if (truncated) return;
    let out = '';
    const raw: number[] = [];
    let gap = -1; // index of the first whitespace character of a run inside the text
    let leading = false;
    for (let i = 0; i < data.length; i++) {
      // the whitespace a page's text collapses: space, tab, line feed, vertical tab, form feed, return, no-break space
      const c = data.charCodeAt(i);
      if (c === 32 || c === 160 || (c > 8 && c < 14)) {
        if (!out) leading = true;
        else if (gap < 0) gap = i;
        continue;
      }
      if (gap >= 0) {
        out += ' ';
        raw.push(gap);
        gap = -1;
      }
      out += data[i];
      raw.push(i);
    }
    if (!out) {
      if (leading && length > 0 && !pending) pending = ' ';
      return;
    }
    if (leading && !pending) pending = ' ';
    if (pending && length > 0) emit(pending);
    pending = '';
    if (length + out.length > maxChars) {
      out = out.slice(0, Math.max(0, maxChars - length));
      raw.length = out.length;
      truncated = true;
    }
    if (out) {
      segments.push({ start: length, end: length + out.length, node, raw });
      emit(out);
    }
    if (gap >= 0) pending = ' ';
  };

  // an explicit stack, not recursion: a hostile page may nest thousands of levels.
  // A `null` entry after a block's children marks where the block ends.
  const stack: (Node | null)[] = [root];
  const push = (first: ChildNode | null, shadow?: ShadowRoot | null): void => {
    const kids: Node[] = [];
    for (let c = first; c; c = c.nextSibling) kids.push(c);
    // open shadow roots hold real content on some boards
    if (shadow) for (let c = shadow.firstChild; c; c = c.nextSibling) kids.push(c);
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  };
  while (stack.length) {
    const node = stack.pop();
    if (node === null) {
      breakLine();
      continue;
    }
    if (!node) continue;
    if (node.nodeType === 3) {
      visitText(node as Text);
      continue;
    }
    // a document or fragment: its children; any other node but an element has no text
    if (node.nodeType === 9 || node.nodeType === 11) {
      push(node.firstChild);
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    const tag = el.tagName.toUpperCase();
    // a button inside a heading is an accordion's section title ("Responsibilities"): its text is read;
    // so is one in a list item, a tag of a list of skills ("<li><button class="tag">Python</button></li>")
    if ((SKIP.has(tag) && !(tag === 'BUTTON' && el.closest('h2,h3,h4,h5,li'))) || isHidden(el) || options.exclude?.(el)) continue;
    const block = BLOCK.has(tag);
    if (block) {
      breakLine();
      stack.push(null);
    }
    if (tag === 'LI' && length > 0) pending = '\n';
    // elements side by side with nothing between them are apart on screen (skill chips; a link beside a label),
    // but for a translated page's <font> wrappers around its texts ("<a>…</a><font>.</font>"); so are words either
    // side of an empty one, a separator drawn by its style ("Analytics<span class="sep"></span>Denver"), but for <wbr>
    else if (!pending && ((el.previousSibling?.nodeType === 1 && tag !== 'FONT') || (!el.firstChild && tag !== 'WBR'))) pending = ' ';
    push(el.firstChild, (el as Element & { shadowRoot?: ShadowRoot | null }).shadowRoot);
  }
  return { text: parts.join(''), segments, truncated, totalChars };
}

/** Boundary points (node, offset) of a text span; `undefined` when the span maps to no text. */
export function boundsFor(map: TextMap, start: number, end: number): { startNode: Text; startOffset: number; endNode: Text; endOffset: number } | undefined {
  // the first segment ending after `start`, and the last one starting before `end`
  const a = map.segments.find((s) => s.end > start);
  let b: Segment | undefined;
  for (const s of map.segments) if (s.start < end) b = s;
  if (end <= start || !a || !b || a.start >= end) return undefined;
  const startOffset = a.raw[Math.max(start - a.start, 0)]!;
  const endOffset = b.raw[Math.min(end - b.start, b.raw.length) - 1]! + 1;
  return { startNode: a.node, startOffset, endNode: b.node, endOffset };
}

/** A DOM `Range` over a text span of the map. */
export function rangeFor(doc: Document, map: TextMap, start: number, end: number): Range | undefined {
  const b = boundsFor(map, start, end);
  if (!b) return undefined;
  const range = doc.createRange();
  range.setStart(b.startNode, b.startOffset);
  range.setEnd(b.endNode, b.endOffset);
  return range;
}

/** A text to match as it is, inside a regular expression. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Find a sentence in the map's text, tolerant of whitespace and bullet differences
 * (a posting's text may come from JSON-LD while the page shows the same words).
 */
export function findText(map: TextMap, needle: string, from = 0): { start: number; end: number } | undefined {
  const words = needle.split(/\s+/).filter(Boolean);
  if (words.length === 0) return undefined;
  const exact = map.text.indexOf(needle, from);
  if (exact >= 0) return { start: exact, end: exact + needle.length };
  const re = new RegExp(words.map(escapeRegExp).join('\\s+'), 'g');
  re.lastIndex = from;
  const m = re.exec(map.text);
  return m ? { start: m.index, end: m.index + m[0].length } : undefined;
}
