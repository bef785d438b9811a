/**
 * The reading order, from the most to the least certain source: a site adapter (it knows
 * where the visible posting is), then the page's schema.org JSON-LD, then the generic
 * reader, then same-origin frames. The generic reader is passed in: the page reader
 * (`reader.js`) loads it as a second script only when the first two find nothing (or only a
 * short JSON-LD description, which may summarise the page's), so the first injection stays small.
 */
import type { ExtractFailure, ExtractResult } from '../types';
import { adapterFor } from './adapters';
import { capText, oneLine } from './clean';
import type { GenericReader } from './generic';
import { extractJsonLd } from './json-ld';
import { DEFAULT_MAX_CHARS } from './offsets';
import { extractWithAdapter } from './site';

export interface Extraction {
  result: ExtractResult;
  /** The elements holding the posting's text (empty for JSON-LD-only pages). */
  roots: Element[];
}

export interface ReadOptions {
  maxChars?: number;
  /** The generic reader; without it a page no adapter or JSON-LD answers says `unread: 'generic'`. */
  generic?: GenericReader;
}

const MIN_TEXT = 80;
/** A JSON-LD description shorter than this may be a summary of the page's. */
const SUMMARY = 1000;

export function readPosting(doc: Document, url?: string, options: ReadOptions = {}): Extraction {
  const maxChars = options.maxChars ?? DEFAULT_MAX_CHARS;
  try {
    const adapter = adapterFor(url);
    const fromAdapter = adapter ? extractWithAdapter(doc, adapter, url, maxChars) : undefined;
    const ld = extractJsonLd(doc, url);
    if (fromAdapter && fromAdapter.posting.text.length >= MIN_TEXT) {
      // JSON-LD often knows the company and location better than the visible header
      const p = fromAdapter.posting;
      if (ld && (!p.title || ld.title === p.title)) {
        p.title ??= ld.title;
        p.company ??= ld.company;
        p.location ??= ld.location;
      }
      return { result: { ok: true, posting: p }, roots: fromAdapter.roots };
    }
    // a short JSON-LD description may be a summary of the one the page shows ("… Apply today..."):
    // then the page's own text is read too (the generic reader is loaded for it), and the longer wins
    const thin = !ld || ld.text.length < SUMMARY;
    const generic = thin && options.generic?.(doc, url, maxChars);
    if (ld && ld.text.length >= MIN_TEXT && !(generic && generic.posting.text.length > 2 * ld.text.length)) {
      if (thin && !options.generic) return unread(doc);
      capText(ld, maxChars);
      return { result: { ok: true, posting: ld }, roots: [] };
    }
    if (generic) return { result: { ok: true, posting: generic.posting }, roots: generic.roots };
    // a posting in a same-origin frame (cross-origin frames give no document)
    for (const frame of doc.querySelectorAll('iframe')) {
      let inner: Document | null = null;
      try {
        inner = frame.contentDocument;
      } catch {
        continue;
      }
      const x = inner?.body && readPosting(inner, url, options);
      if (x && x.result.ok) return x;
    }
    return unread(doc, !!options.generic);
  } catch (err) {
    return { result: { ok: false, failure: { kind: 'error', message: String((err as Error)?.message ?? err) } }, roots: [] };
  }
}

/** No posting found; `read` says the generic reader has had its turn (else the page reader loads it). */
function unread(doc: Document, read?: boolean): Extraction {
  const failure: ExtractFailure = { kind: 'no-posting', pageTitle: oneLine(doc.title) };
  if (!read) failure.unread = 'generic';
  return { result: { ok: false, failure }, roots: [] };
}

/** Whether a reading still lacks the generic reader's answer (the page reader loads it then). */
export function needsGeneric(result: ExtractResult): boolean {
  return !result.ok && result.failure.kind === 'no-posting' && result.failure.unread === 'generic';
}
