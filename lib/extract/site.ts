/** Reads a posting with a site adapter's selectors. */
import type { Posting } from '../types';
import type { SiteAdapter } from './adapters/types';
import { firstText, oneLine } from './clean';
import { textMap } from './offsets';

/** The description elements: every match of every selector, outermost only, in page order. */
export function descriptionElements(doc: Document, adapter: SiteAdapter): Element[] {
  const found: Element[] = [];
  for (const sel of adapter.description) {
    try {
      for (const el of doc.querySelectorAll(sel)) if (!found.includes(el)) found.push(el);
    } catch {
      // a selector this DOM cannot parse: skip it
    }
  }
  const outer = found.filter((el) => !found.some((o) => o !== el && o.contains(el)));
  return outer.sort((a, b) => (a.compareDocumentPosition(b) & 4 ? -1 : 1));
}

export function excluder(adapter: SiteAdapter): ((el: Element) => boolean) | undefined {
  const sels = adapter.exclude;
  if (!sels?.length) return undefined;
  const joined = sels.join(',');
  return (el) => {
    try {
      return el.matches(joined);
    } catch {
      return false;
    }
  };
}

export function extractWithAdapter(
  doc: Document,
  adapter: SiteAdapter,
  url: string | undefined,
  maxChars: number,
): { posting: Posting; roots: Element[] } | undefined {
  const roots = descriptionElements(doc, adapter);
  if (roots.length === 0) return undefined;
  const exclude = excluder(adapter);
  const texts: string[] = [];
  let total = 0;
  let read = 0;
  for (const root of roots) {
    const m = textMap(root, { exclude, maxChars: Math.max(0, maxChars - read) });
    if (m.text.trim()) texts.push(m.text.trim());
    total += m.totalChars;
    read += m.text.length;
  }
  const text = texts.join('\n\n');
  if (!text) return undefined;
  const tab = adapter.tabTitle ? doc.title.split(/\s+\|\s+/) : [];
  const posting: Posting = {
    title: (firstText(doc, adapter.title) ?? oneLine(tab.length > 2 ? tab[0] : undefined))?.replace(/\s*[-–]\s*job post$/i, ''),
    company: (firstText(doc, adapter.company) ?? oneLine(tab.length > 2 ? tab[1] : undefined))?.replace(/^at\s+|\s+([Ll]ogo|[Cc]areers?)$/g, ''), // "at Acme" on Greenhouse's older boards (not "At Home"), "Acme logo"
    location: firstText(doc, adapter.location),
    text,
    source: `adapter:${adapter.name}`,
    url,
  };
  if (read >= maxChars) posting.truncated = { readChars: read, totalChars: total };
  return { posting, roots };
}
