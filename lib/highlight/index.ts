/**
 * On-page highlighting of evidence. Uses the CSS Custom Highlight API, which paints
 * ranges without changing the page's DOM; the ::highlight styles come from a
 * constructed stylesheet adopted by the document, removed again on clear. Where the
 * API is missing, sentences are wrapped in <mark data-rolelens> elements that clear()
 * unwraps, leaving the page's text nodes as they were (normalised).
 */
import type { HighlightSpan } from '../messages';
import type { Role } from '../types';
import { findText, rangeFor, textMap, type TextMap } from '../extract/offsets';

const NAMES: Record<Role, string> = { mle: 'rolelens-mle', ds: 'rolelens-ds', de: 'rolelens-de' };
const FLASH = 'rolelens-flash';

/** Okabe–Ito colours (colour-blind safe), each with its own underline style. */
export const HIGHLIGHT_CSS = `
::highlight(rolelens-mle){background-color:rgba(230,159,0,.35);text-decoration:underline solid #b36b00 2px}
::highlight(rolelens-ds){background-color:rgba(86,180,233,.35);text-decoration:underline dotted #0060a0 2px}
::highlight(rolelens-de){background-color:rgba(0,158,115,.3);text-decoration:underline wavy #006b4e 1px}
::highlight(rolelens-flash){background-color:rgba(240,228,66,.9);color:#000}
mark[data-rolelens]{background-color:rgba(240,228,66,.6);color:inherit}
mark[data-rolelens=mle]{text-decoration:underline solid #b36b00 2px}
mark[data-rolelens=ds]{text-decoration:underline dotted #0060a0 2px}
mark[data-rolelens=de]{text-decoration:underline wavy #006b4e 1px}
`;

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

function adoptStyles(doc: Document): void {
  if (sheets.has(doc)) return;
  const win = doc.defaultView as (Window & { CSSStyleSheet?: typeof CSSStyleSheet }) | null;
  if (!win?.CSSStyleSheet || !('adoptedStyleSheets' in doc)) return;
  try {
    const sheet = new win.CSSStyleSheet();
    sheet.replaceSync(HIGHLIGHT_CSS);
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
  constructor(private readonly doc: Document, roots: Node[]) {
    const list = roots.length ? roots : [doc.body ?? doc.documentElement];
    this.maps = list.filter(Boolean).map((root) => ({ root, map: textMap(root) }));
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

function unwrapMarks(doc: Document, selector = 'mark[data-rolelens]'): void {
  for (const mark of Array.from(doc.querySelectorAll(selector))) {
    const parent = mark.parentNode;
    if (!parent) continue;
    while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
    parent.removeChild(mark);
    parent.normalize();
  }
}

function wrapRange(doc: Document, range: Range, role: string): void {
  try {
    const mark = doc.createElement('mark');
    mark.setAttribute('data-rolelens', role);
    range.surroundContents(mark);
  } catch {
    // ranges crossing element boundaries cannot be wrapped whole; skip them in the fallback
  }
}

/** Draw highlights for the spans of the given roles, replacing earlier ones. */
export function drawHighlights(doc: Document, page: PageText, spans: HighlightSpan[], roles: Role[]): { drawn: number; missing: number } {
  clearHighlights(doc);
  const wanted = new Set(roles);
  const byRole: Record<Role, Range[]> = { mle: [], ds: [], de: [] };
  let missing = 0;
  for (const span of spans) {
    if (!wanted.has(span.role)) continue;
    const r = page.locate(span.text);
    if (r) byRole[span.role].push(r);
    else missing++;
  }
  const hl = api(doc);
  let drawn = 0;
  if (hl) adoptStyles(doc);
  for (const role of Object.keys(byRole) as Role[]) {
    const ranges = byRole[role];
    drawn += ranges.length;
    if (!ranges.length) continue;
    if (hl) hl.highlights.set(NAMES[role], new hl.Highlight(...ranges));
    else {
      adoptStyles(doc);
      for (const r of ranges) wrapRange(doc, r, role);
    }
  }
  return { drawn, missing };
}

/** Scroll to a sentence and flash it for a moment. */
export function reveal(doc: Document, page: PageText, span: HighlightSpan): boolean {
  const range = page.locate(span.text);
  if (!range) return false;
  const el = range.startContainer.parentElement;
  el?.scrollIntoView?.({ block: 'center', behavior: 'smooth' });
  const hl = api(doc);
  if (hl) {
    adoptStyles(doc);
    hl.highlights.set(FLASH, new hl.Highlight(range));
    const win = doc.defaultView;
    win?.setTimeout(() => hl.highlights.delete(FLASH), 1600);
  }
  return true;
}

/** Remove every RoleLens highlight and style from the page. */
export function clearHighlights(doc: Document): void {
  const hl = api(doc);
  if (hl) for (const name of [...Object.values(NAMES), FLASH]) hl.highlights.delete(name);
  unwrapMarks(doc);
  dropStyles(doc);
}

/** Names of the highlights RoleLens has registered (for tests and diagnostics). */
export function highlightNames(): string[] {
  return [...Object.values(NAMES), FLASH];
}
