/**
 * Command-line input to a Posting: plain text, an HTML page (parsed with linkedom, then
 * read in the extension's order — with `url`, the site's adapter too), or JSON (a
 * schema.org JobPosting, or an object with `text`).
 */
import { extractPosting, postingFromText } from '../extract';
import { extractJsonLd } from '../extract/json-ld';
import type { ExtractResult, Posting } from '../types';
import { htmlToText } from '../extract/html-text';
import { fixDocumentPosition } from './document-position';
import { mergeTextNodes } from './text-nodes';
import { fromMhtml, isMhtml } from './mhtml';
import { postingFrame, type FrameInfo } from '../extract/posting-frame';
import { capturedUrl, dropArchiveToolbar } from './archived';
import { composeShadowRoots } from './shadow-roots';
import { fillBody, wrapHtml, addTableBodies } from './optional-tags';
import { framePages, inlineStylesheets, MAX_FRAME_CHARS, MAX_FRAMES, resourcesFromParts, type ResourceSource } from './saved-resources';

function fromJson(raw: string): ExtractResult | undefined {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return undefined;
  }
  if (!value || typeof value !== 'object') return undefined;
  const obj = value as Record<string, unknown>;
  if (typeof obj['text'] === 'string') return { ok: true, posting: postingFromField(obj['text'], typeof obj['title'] === 'string' ? obj['title'] : undefined) };
  const p = extractJsonLd(
    parsePage(`<!doctype html><html><head><script type="application/ld+json">${raw.replace(/</g, '\\u003c')}</script></head><body></body></html>`),
  );
  return p
    ? { ok: true, posting: { ...p, source: 'file' } }
    : { ok: false, failure: { kind: 'error', message: 'JSON input has no "text" and is not a schema.org JobPosting.' } };
}

/** Tags and entities of an HTML fragment in a text field: "<li>Build pipelines</li>", "SQL &amp; Python". */
const MARKUP = /<\/?(?:p|li|ul|ol|br|div|span|strong|b|em|i|h[1-6]|table|tr|td)\b[^>]*>|&(?:amp|lt|gt|quot|apos|nbsp|#\d+|#x[\da-f]+);/i;

/** Whether a JSON "text" field holds an HTML fragment, so that reading it needs the HTML parser. */
export function hasMarkup(text: string): boolean {
  return MARKUP.test(text.slice(0, 20_000));
}

/**
 * A posting from a JSON "text" field as scrapes and job-board APIs give it: plain text, or an HTML fragment
 * (Greenhouse's and Lever's APIs, many scraped datasets) read as the description of a page is, its paragraphs
 * and list items as lines, its entities decoded — tags read as words ran a posting's list into one sentence.
 */
export function postingFromField(text: string, title?: string): Posting {
  if (!hasMarkup(text)) return postingFromText(text, 'file', undefined, title);
  return postingFromText(htmlToText(parsePage('<!doctype html><html><head></head><body></body></html>'), text), 'file', undefined, title);
}

/** Whether the input is an HTML page or fragment rather than text. */
export function looksLikeHtml(text: string): boolean {
  return /^<|<(html|body|div|p|article|main|ul|section|span|table)[\s>]/i.test(text.slice(0, 2000));
}

type ParseHtml = (html: string) => { document: unknown };
let parseHtml: ParseHtml | undefined;

/** linkedom, loaded the first time a page or JSON-LD needs parsing (plain text never pays for it). */
export async function loadHtmlParser(): Promise<void> {
  if (parseHtml) return;
  const linkedom = await import('linkedom');
  fixDocumentPosition(linkedom.Node.prototype);
  parseHtml = linkedom.parseHTML as unknown as ParseHtml;
}

/**
 * A page parsed as a browser shows it: its optional tags put back (a table's rows in their body), its web components' shadow roots in their
 * hosts, its adjacent text nodes merged (linkedom splits them where a browser does not).
 */
export function parsePage(html: string): Document {
  if (!parseHtml) throw new Error('call loadHtmlParser() before reading HTML');
  const doc = parseHtml(wrapHtml(html)).document as Document;
  fillBody(doc);
  addTableBodies(doc);
  composeShadowRoots(doc);
  mergeTextNodes(doc);
  return doc;
}

/** Whether reading this input needs the HTML parser. */
export function needsHtmlParser(raw: string): boolean {
  const t = raw.replace(/^\uFEFF/, '').trimStart();
  return /^[[{]/.test(t) || looksLikeHtml(t) || isMhtml(t);
}

/**
 * Where a saved page came from, so it is read as the extension reads it there (a board's
 * adapter included): the browser's "saved from url" mark, SingleFile's header or a web archive's
 * note of what it captured, else the page's canonical or Open Graph URL. Only http(s) URLs.
 */
export function savedPageUrl(html: string, doc: Document): string | undefined {
  const candidates = [
    /<!--\s*saved from url=\(\d+\)(\S+?)\s*-->/i.exec(html.slice(0, 4000))?.[1],
    // SingleFile's header: "<!-- Page saved with SingleFile \n url: https://… \n saved date: … -->"
    /<!--\s*Page saved with SingleFile\s+url:\s*(\S+)/i.exec(html.slice(0, 4000))?.[1],
    // the Wayback Machine's copy names what it captured: `__wm.wombat("https://…", "20250312094512", …)`, and its printed line
    /__wm\.wombat\(\s*"([^"]+)"/.exec(html.slice(0, 20_000))?.[1],
    /The Wayback Machine - (https?:\/\/[^\s<]+)/.exec(html.slice(0, 50_000))?.[1],
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href'),
    doc.querySelector('meta[property="og:url"]')?.getAttribute('content'),
  ];
  for (const c of candidates) {
    try {
      const url = c ? new URL(c) : undefined;
      if (url && /^https?:$/.test(url.protocol)) return url.href;
    } catch {
      // not a URL
    }
  }
  return undefined;
}

/**
 * The posting RoleLens reads from an input, as the extension would read it on `url` (a saved
 * page's own, by default); `resources` finds the stylesheets and frames a saved page keeps in
 * its folder (an MHTML page carries its own).
 */
export function readInput(raw: string, url?: string, resources?: ResourceSource): ExtractResult {
  const trimmed = raw.replace(/^\uFEFF/, '').trim();
  if (!trimmed) return { ok: false, failure: { kind: 'error', message: 'The input is empty.' } };
  if (/^[[{]/.test(trimmed)) {
    const json = fromJson(trimmed);
    if (json) return json;
  }
  // a page, or a page saved as one file (MHTML): its HTML part, read on the address it was saved from
  const single = fromMhtml(trimmed);
  const page: { html: string; url?: string } | undefined = single ?? (looksLikeHtml(trimmed) ? { html: trimmed } : undefined);
  if (page) return readPage(page.html, url, page.url, single ? resourcesFromParts(single.parts, single.url) : resources);
  return { ok: true, posting: { ...postingFromText(trimmed, 'file'), ...(url ? { url } : {}) } };
}

/**
 * A saved page read as the extension reads it in a tab: its own stylesheets applied and, where
 * it shows no posting, the pages of its frames (an embedded job board) read in turn — on the
 * address each was saved from, so a board's adapter applies there. Frames within frames are
 * read two levels down, and at most MAX_FRAMES frames in all: a hostile page may frame itself.
 */
function readPage(
  html: string,
  url: string | undefined,
  savedAt: string | undefined,
  resources?: ResourceSource,
  from?: string,
  budget = { frames: MAX_FRAMES },
  depth = 2,
): ExtractResult {
  const doc = parsePage(html);
  if (resources) inlineStylesheets(doc, resources, from);
  // (a copy saved from a web archive is read on the address it was captured from, without the archive's toolbar)
  const address = capturedUrl(url ?? savedAt ?? savedPageUrl(html, doc));
  dropArchiveToolbar(doc);
  let result = extractPosting(doc, address).result;
  // an app's shell whose scripts never ran shows what its <noscript> holds (a server-rendered copy of the posting),
  // as a browser with scripts off would
  if (!result.ok && result.failure.kind === 'no-posting' && showNoscript(doc)) {
    const shown = extractPosting(doc, address).result;
    if (shown.ok) result = shown;
  }
  if (result.ok || result.failure.kind !== 'no-posting') return result;
  // a frame from the page's job board that was not saved with it: say where the posting is
  const frame = postingFrame(framesOf(doc), address);
  const none = frame ? { ok: false as const, failure: { ...result.failure, frame } } : result;
  if (depth === 0) return none;
  // a frame's page kept in the page itself (SingleFile writes each frame's page in its `srcdoc`), then those saved beside it
  const frames: { html: string; at: string; from?: string }[] = [
    ...inlineFrames(doc, from, budget.frames),
    ...(resources ? framePages(doc, resources, from, budget.frames).map((f) => ({ ...f, from: f.at })) : []),
  ];
  for (const saved of frames) {
    if (budget.frames <= 0) break;
    budget.frames--;
    if (!looksLikeHtml(saved.html.trimStart())) continue;
    // a frame is read on its own address (an MHTML part's, the one its saved file names, or its `src`)
    const inner = readPage(saved.html, undefined, /^https?:/i.test(saved.at) ? saved.at : undefined, resources, saved.from, budget, depth - 1);
    if (inner.ok) return address && !inner.posting.url ? { ok: true, posting: { ...inner.posting, url: address } } : inner;
  }
  return none;
}

/** The pages of a page's frames that it holds in their `srcdoc`, each with its `src` as its address (its resources are the page's own). */
function inlineFrames(doc: Document, from: string | undefined, max: number): { html: string; at: string; from?: string }[] {
  return Array.from(doc.querySelectorAll('iframe[srcdoc]'))
    .map((f) => ({ html: f.getAttribute('srcdoc')!, at: f.getAttribute('src')?.trim() ?? '', from }))
    .filter((f) => f.html.trim() && f.html.length <= MAX_FRAME_CHARS)
    .slice(0, max);
}

/**
 * Turns a page's `<noscript>` elements into plain blocks when one holds some text (200 characters or
 * more: not a "Please enable JavaScript" line or a tracking pixel); says whether it did.
 */
function showNoscript(doc: Document): boolean {
  const all = Array.from(doc.querySelectorAll('noscript')).slice(0, 50);
  if (!all.some((n) => (n.textContent ?? '').replace(/\s+/g, ' ').trim().length >= 200)) return false;
  for (const n of all) {
    const div = doc.createElement('div');
    while (n.firstChild) div.appendChild(n.firstChild);
    n.replaceWith(div);
  }
  return true;
}

/** A saved page's frames with the size its markup gives them (no layout: a frame without one is taken as large). */
function framesOf(doc: Document): FrameInfo[] {
  return Array.from(doc.querySelectorAll('iframe[src]'))
    .slice(0, 100)
    .map((f) => {
      const size = (name: string) => (/^\d+$/.test(f.getAttribute(name) ?? '') ? Number(f.getAttribute(name)) : 1000);
      return { src: f.getAttribute('src')!, width: size('width'), height: size('height') };
    });
}
