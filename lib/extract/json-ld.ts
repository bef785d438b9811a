/**
 * schema.org `JobPosting` in JSON-LD: single objects, arrays, `@graph`, nested
 * values. Several postings on one page: the one whose URL or identifier matches the
 * page URL, else the one whose title is the page's heading, else the first — never
 * a merge of two.
 */
import type { Posting } from '../types';
import { oneLine } from './clean';
import { htmlToText } from './html-text';

type Json = Record<string, unknown>;

function isJobPosting(node: Json): boolean {
  const t = node['@type'];
  return t === 'JobPosting' || (Array.isArray(t) && t.includes('JobPosting'));
}

function collect(value: unknown, out: Json[], depth = 0): void {
  if (depth > 6 || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const v of value) collect(v, out, depth + 1);
    return;
  }
  const node = value as Json;
  if (isJobPosting(node)) out.push(node);
  if (node['@graph']) collect(node['@graph'], out, depth + 1);
}

/**
 * JSON.parse, forgiving what search engines forgive: raw control characters (newlines,
 * tabs) inside strings, common on Glassdoor and Teamtailor pages, and a trailing `;`.
 * A block nested deeper than JSON.parse can take gives `undefined`, never a throw.
 */
export function parseLenient(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    // escape control characters inside strings (a linear scan that knows where strings are)
    let out = '';
    let inString = false;
    let escaped = false;
    let from = 0;
    for (let i = 0; i < raw.length; i++) {
      const c = raw.charCodeAt(i);
      if (inString) {
        if (escaped) escaped = false;
        else if (c === 92) escaped = true;
        else if (c === 34) inString = false;
        else if (c < 32) {
          out += raw.slice(from, i) + (c === 10 ? '\\n' : c === 13 ? '\\r' : c === 9 ? '\\t' : ' ');
          from = i + 1;
        }
      } else if (c === 34) inString = true;
    }
    out += raw.slice(from);
    try {
      return JSON.parse(out.trim().replace(/;\s*$/, ''));
    } catch {
      return undefined;
    }
  }
}

/** Every JobPosting object in the page's JSON-LD scripts. Malformed blocks are skipped. */
export function jobPostingNodes(doc: Document): Json[] {
  const out: Json[] = [];
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    const raw = script.textContent ?? '';
    if (!raw.includes('JobPosting')) continue;
    const value = parseLenient(raw);
    // a block that is still broken is the page's problem; look at the others
    if (value !== undefined) collect(value, out);
  }
  return out;
}

/** A value as text: strings, numbers, `{name}`/`{value}` objects and arrays of them, to a bounded depth. */
function str(v: unknown, depth = 0): string | undefined {
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return String(v);
  if (depth > 4) return undefined;
  if (v && typeof v === 'object' && !Array.isArray(v)) {
    const o = v as Json;
    return str(o['name'] ?? o['value'] ?? o['@value'], depth + 1);
  }
  if (Array.isArray(v))
    return (
      v
        .slice(0, 50)
        .map((x) => str(x, depth + 1))
        .filter(Boolean)
        .join(', ') || undefined
    );
  return undefined;
}

function locationOf(node: Json): string | undefined {
  const loc = node['jobLocation'];
  const places = Array.isArray(loc) ? loc : loc ? [loc] : [];
  const names = places
    .map((p) => {
      if (!p || typeof p !== 'object') return str(p);
      const addr = (p as Json)['address'];
      if (addr && typeof addr === 'object') {
        const a = addr as Json;
        return [a['addressLocality'], a['addressRegion'], a['addressCountry']].map(str).filter(Boolean).join(', ');
      }
      return str(p);
    })
    .filter((s): s is string => !!s);
  if (names.length) return names.join(' · ');
  if (node['jobLocationType'] === 'TELECOMMUTE') return 'Remote';
  return undefined;
}

function pick(nodes: Json[], doc: Document, url?: string): Json | undefined {
  if (nodes.length <= 1) return nodes[0];
  if (url) {
    const byUrl = nodes.find((n) => {
      const u = str(n['url']);
      const id = str(n['identifier']);
      return (u && url.startsWith(u.split('#')[0]!)) || (id && id.length > 2 && url.includes(id));
    });
    if (byUrl) return byUrl;
  }
  const heading = oneLine(doc.querySelector('h1')?.textContent)?.toLowerCase();
  if (heading) {
    const byTitle = nodes.find((n) => oneLine(str(n['title']))?.toLowerCase() === heading);
    if (byTitle) return byTitle;
  }
  return nodes[0];
}

export function extractJsonLd(doc: Document, url?: string): Posting | undefined {
  const node = pick(jobPostingNodes(doc), doc, url);
  if (!node) return undefined;
  const description = str(node['description']);
  const parts = [description, str(node['responsibilities']), str(node['qualifications']), str(node['skills'])]
    .filter((s): s is string => !!s && s.trim().length > 0)
    .map((s) => htmlToText(doc, s));
  const text = [...new Set(parts)].join('\n\n').trim();
  if (!text) return undefined;
  return {
    // entities decoded ("R&amp;D" is "R&D"), as text: never parsed into the page
    title: oneLine(htmlToText(doc, str(node['title']) ?? '')),
    company: oneLine(htmlToText(doc, str(node['hiringOrganization']) ?? '')),
    location: oneLine(htmlToText(doc, locationOf(node) ?? '')),
    text,
    source: 'json-ld',
    url,
  };
}
