/**
 * HTML fragments (a JSON-LD `description`) to plain text with paragraph and list
 * structure. The fragment is parsed by DOMParser into an inert document that has no
 * browsing context: its scripts never run and its images never load.
 */
import { textMap } from './offsets';

export function htmlToText(doc: Document, html: string, depth = 0): string {
  if (!/[<&]/.test(html))
    return html
      .replace(/[ \t\f\r]+/g, ' ')
      .replace(/\n{3,}/g, '\n\n')
      .trim();
  const Parser = (doc.defaultView as (Window & typeof globalThis) | null)?.DOMParser ?? globalThis.DOMParser;
  const inert = new Parser().parseFromString(`<!doctype html><html><head></head><body>${html}</body></html>`, 'text/html');
  const text = textMap(inert.body ?? inert.documentElement).text.trim();
  // boards often entity-encode the HTML inside JSON-LD: decode one more level
  if (depth === 0 && /<\/?(p|li|ul|ol|br|div|strong|b|h\d)\b[^>]*>/i.test(text)) return htmlToText(doc, text, 1);
  return text;
}
