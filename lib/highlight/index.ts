/**
 * On-page highlighting of evidence. Uses the CSS Custom Highlight API, which paints
 * ranges without changing the page's DOM; the ::highlight styles (sent by the side
 * panel, see styles.ts) go in a constructed stylesheet adopted by the document and
 * removed again on clear. Where the
 * API is missing (browsers older than RoleLens supports), nothing is painted and
 * reveal() falls back to selecting the sentence: the page's DOM is never changed.
 */
import type { HighlightSpan } from '../messages';
import type { Role } from '../types';
import { findText, rangeFor, textMap, type TextMap } from '../extract/offsets';
import { hiddenByMarkup } from '../extract/visibility';

const NAMES: Record<Role, string> = { mle: 'rolelens-mle', ds: 'rolelens-ds', de: 'rolelens-de' };
const FLASH = 'rolelens-flash';

interface HighlightApi {
  highlights: Map<string, unknown>;
  Highlight: new (...ranges: Range[]) => unknown;
}

function api(doc: Document): HighlightApi | undefined {
  const win = doc.defaultView as (Window & { CSS?: { highlights?: Map<string, unknown> }; Highlight?: HighlightApi['Highlight'] }) | null;
  const highlights = win?.CSS?.highlights;
  const Highlight = win?.Highlight;
  return highlights && Highlight ? { highlights, Highlight } : undefined;
}

const sheets = new WeakMap<Document, CSSStyleSheet>();

function adoptStyles(doc: Document, css: string): void {
  if (sheets.has(doc) || !css) return;
  const win = doc.defaultView as (Window & { CSSStyleSheet?: typeof CSSStyleSheet }) | null;
  if (!win?.CSSStyleSheet || !('adoptedStyleSheets' in doc)) return;
  try {
    const sheet = new win.CSSStyleSheet();
    sheet.replaceSync(css);
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    sheets.set(doc, sheet);
  } catch {
    // a page with a locked-down CSSOM: highlights still paint with the browser's default
  }
}

function dropStyles(doc: Document): void {
  const sheet = sheets.get(doc);
  if (!sheet) return;
  doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
  sheets.delete(doc);
}

/** Text maps of the posting's roots, built on demand and cached per root. */
export class PageText {
  private maps: { root: Node; map: TextMap }[] = [];
  constructor(
    private readonly doc: Document,
    roots: Node[],
  ) {
    // without roots (a JSON-LD posting) the sentences are searched in the whole page, including
    // parts only hidden from screen readers (aria-hidden behind an open sign-in modal)
    const list = roots.length ? roots : [doc.body ?? doc.documentElement];
    const hidden = roots.length ? undefined : (el: Element) => hiddenByMarkup(el, false);
    this.maps = list.filter(Boolean).map((root) => ({ root, map: textMap(root, { hidden }) }));
  }

  /** The DOM range of a sentence, found by its text. */
  locate(text: string): Range | undefined {
    for (const { map } of this.maps) {
      const hit = findText(map, text.trim());
      if (hit) return rangeFor(this.doc, map, hit.start, hit.end);
    }
    return undefined;
  }
}

/** Draw highlights for the spans of the given roles, replacing earlier ones. */
export function drawHighlights(
  doc: Document,
  page: PageText,
  spans: HighlightSpan[],
  roles: Role[],
  css: string,
): { drawn: number; missing: number; supported: boolean } {
  clearHighlights(doc);
  const hl = api(doc);
  if (!hl) return { drawn: 0, missing: spans.length, supported: false };
  const wanted = new Set(roles);
  const byRole: Record<Role, Range[]> = { mle: [], ds: [], de: [] };
  let missing = 0;
  for (const span of spans) {
    if (!wanted.has(span.role)) continue;
    const r = page.locate(span.text);
    if (r) byRole[span.role].push(r);
    else missing++;
  }
  let drawn = 0;
  adoptStyles(doc, css);
  for (const role of Object.keys(byRole) as Role[]) {
    const ranges = byRole[role];
    drawn += ranges.length;
    if (ranges.length) hl.highlights.set(NAMES[role], new hl.Highlight(...ranges));
  }
  return { drawn, missing, supported: true };
}

/** Scroll to a sentence and flash it for a moment. */
export function reveal(doc: Document, page: PageText, span: HighlightSpan, css: string): boolean {
  const range = page.locate(span.text);
  if (!range) return false;
  const el = range.startContainer.parentElement;
  el?.scrollIntoView?.({ block: 'center', behavior: 'smooth' });
  const hl = api(doc);
  if (hl) {
    adoptStyles(doc, css);
    hl.highlights.set(FLASH, new hl.Highlight(range));
    doc.defaultView?.setTimeout(() => hl.highlights.delete(FLASH), 1600);
  } else {
    const sel = doc.getSelection();
    sel?.removeAllRanges();
    sel?.addRange(range);
  }
  return true;
}

/** Remove every RoleLens highlight and style from the page. */
export function clearHighlights(doc: Document): void {
  const hl = api(doc);
  if (hl) for (const name of [...Object.values(NAMES), FLASH]) hl.highlights.delete(name);
  dropStyles(doc);
}
