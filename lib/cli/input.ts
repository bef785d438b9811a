/**
 * Command-line input to a Posting: plain text, an HTML page (parsed with linkedom,
 * then the same extraction the extension uses), or JSON (a schema.org JobPosting,
 * or an object with `text`).
 */
import { parseHTML } from 'linkedom';
import { extractPosting, postingFromText } from '../extract';
import { extractJsonLd } from '../extract/json-ld';
import type { Posting } from '../types';

export type InputResult = { ok: true; posting: Posting } | { ok: false; message: string };

function fromJson(raw: string): InputResult | undefined {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return undefined;
  }
  if (!value || typeof value !== 'object') return undefined;
  const obj = value as Record<string, unknown>;
  if (typeof obj['text'] === 'string') {
    return { ok: true, posting: postingFromText(obj['text'], 'file', undefined, typeof obj['title'] === 'string' ? obj['title'] : undefined) };
  }
  const { document } = parseHTML(`<!doctype html><html><head><script type="application/ld+json">${raw.replace(/</g, '\\u003c')}</script></head><body></body></html>`);
  const p = extractJsonLd(document as unknown as Document);
  return p ? { ok: true, posting: { ...p, source: 'file' } } : { ok: false, message: 'JSON input has no "text" and is not a schema.org JobPosting.' };
}

export function postingFromInput(raw: string, name?: string): InputResult {
  const trimmed = raw.replace(/^\uFEFF/, '').trim();
  if (!trimmed) return { ok: false, message: 'The input is empty.' };
  if (/^[[{]/.test(trimmed)) {
    const json = fromJson(trimmed);
    if (json) return json;
  }
  if (/^<|<(html|body|div|p|article|main|ul)[\s>]/i.test(trimmed.slice(0, 2000))) {
    const { document } = parseHTML(trimmed);
    const url = name && /^https?:/.test(name) ? name : undefined;
    const x = extractPosting(document as unknown as Document, url);
    if (x.result.ok) return { ok: true, posting: { ...x.result.posting, source: x.result.posting.source } };
    return { ok: false, message: 'No job posting found in this HTML page.' };
  }
  return { ok: true, posting: postingFromText(trimmed, 'file') };
}
