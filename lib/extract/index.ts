/**
 * `extractPosting(doc, url)`: the posting shown on a page, from the best source
 * available — a site adapter (it knows where the visible posting is), then JSON-LD,
 * then the generic fallback. Returns the elements the text was read from, so the
 * caller can map evidence back to the page.
 */
import type { ExtractResult, Posting } from '../types';
import { adapterFor } from './adapters';
import { oneLine } from './clean';
import { extractFallback } from './fallback';
import { extractJsonLd } from './json-ld';
import { DEFAULT_MAX_CHARS } from './offsets';
import { extractWithAdapter } from './site';

export interface Extraction {
  result: ExtractResult;
  /** The elements holding the posting's text (empty for JSON-LD-only pages). */
  roots: Element[];
}

export interface ExtractOptions {
  maxChars?: number;
}

const MIN_TEXT = 80;

export function extractPosting(doc: Document, url?: string, options: ExtractOptions = {}): Extraction {
  const maxChars = options.maxChars ?? DEFAULT_MAX_CHARS;
  try {
    const adapter = adapterFor(url);
    const fromAdapter = adapter ? extractWithAdapter(doc, adapter, url, maxChars) : undefined;
    const fromJsonLd = extractJsonLd(doc, url);
    if (fromAdapter && fromAdapter.posting.text.length >= MIN_TEXT) {
      // JSON-LD often knows the company and location better than the visible header
      const p = fromAdapter.posting;
      if (fromJsonLd && (!p.title || fromJsonLd.title === p.title)) {
        p.company ??= fromJsonLd.company;
        p.location ??= fromJsonLd.location;
      }
      return { result: { ok: true, posting: p }, roots: fromAdapter.roots };
    }
    if (fromJsonLd && fromJsonLd.text.length >= MIN_TEXT) {
      capText(fromJsonLd, maxChars);
      return { result: { ok: true, posting: fromJsonLd }, roots: [] };
    }
    const fallback = extractFallback(doc, url, maxChars);
    if (fallback) return { result: { ok: true, posting: fallback.posting }, roots: fallback.roots };
    // a posting in a same-origin frame (cross-origin frames give no document)
    for (const frame of Array.from(doc.querySelectorAll('iframe'))) {
      const inner = frame.contentDocument;
      const x = inner?.body && extractPosting(inner, url, options);
      if (x && x.result.ok) return x;
    }
    return { result: { ok: false, failure: { kind: 'no-posting', pageTitle: oneLine(doc.title) } }, roots: [] };
  } catch (err) {
    return { result: { ok: false, failure: { kind: 'error', message: String((err as Error)?.message ?? err) } }, roots: [] };
  }
}

function capText(p: Posting, maxChars: number): void {
  if (p.text.length > maxChars) {
    p.truncated = { readChars: maxChars, totalChars: p.text.length };
    p.text = p.text.slice(0, maxChars);
  }
}

/**
 * A title on the first line of pasted text: short, no full stop, more text below.
 * "Senior Data Scientist — Acme" gives "Senior Data Scientist".
 */
export function guessTitle(text: string): string | undefined {
  const nl = text.indexOf('\n');
  if (nl < 0) return undefined;
  const first = text.slice(0, nl).trim();
  if (!first || first.length > 100 || first.split(/\s+/).length > 12 || /[.!?:]$/.test(first)) return undefined;
  if (text.slice(nl).trim().split('\n').length < 3) return undefined;
  return oneLine(first.split(/\s+[—–|]\s+|\s+-\s+|\s+at\s+/)[0]);
}

/** A posting from text the user selected or pasted. */
export function postingFromText(text: string, source: Posting['source'], url?: string, title?: string): Posting {
  const clean = text.replace(/\r\n?/g, '\n').replace(/[ \t\f]+/g, ' ').replace(/\n{3,}/g, '\n\n').trim();
  const p: Posting = { text: clean, source, url, title: title ?? guessTitle(clean) };
  capText(p, DEFAULT_MAX_CHARS);
  return p;
}
