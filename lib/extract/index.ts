/**
 * `extractPosting(doc, url)`: the posting shown on a page, read in the order of
 * `read.ts` (site adapter → JSON-LD → generic reader → same-origin frames) with every
 * reader present — what the CLI and the tests use. Returns the elements the text was
 * read from, so the caller can map evidence back to the page.
 */
import type { Posting } from '../types';
import { capText } from './clean';
import { bulletsOnTheirLines, readGeneric } from './generic';
import { DEFAULT_MAX_CHARS } from './offsets';
import { readPosting, type Extraction } from './read';
import { cleanTitle, titleScore } from './title';

export type { Extraction } from './read';

export interface ExtractOptions {
  maxChars?: number;
}

export function extractPosting(doc: Document, url?: string, options: ExtractOptions = {}): Extraction {
  return readPosting(doc, url, { maxChars: options.maxChars, generic: readGeneric });
}

/**
 * A title on the first line of pasted text: short, no full stop, more text below, and naming a job.
 * "Senior Data Scientist — Acme" gives "Senior Data Scientist", "Title: Power BI Analyst" "Power BI Analyst".
 */
export function guessTitle(text: string): string | undefined {
  const nl = text.indexOf('\n');
  if (nl < 0) return undefined;
  const first = text.slice(0, nl).trim();
  if (!first || first.length > 100 || first.split(/\s+/).length > 12 || /[.!?:]$/.test(first)) return undefined;
  // a first line that names no job is no title: a section ("About the role", "Company Description" — the first line of
  // 95 of dev2's 1,450 postings), the employer's pitch ("Who we are"), a place or a salary
  if (titleScore(first) < 3) return undefined;
  if (text.slice(nl).trim().split('\n').length < 3) return undefined;
  return cleanTitle(first);
}

/** A posting from text the user selected or pasted. */
export function postingFromText(text: string, source: Posting['source'], url?: string, title?: string): Posting {
  // normalise only what will be read (50 MB of text must not be copied four times first)
  const head = text.length > DEFAULT_MAX_CHARS * 2 ? text.slice(0, DEFAULT_MAX_CHARS * 2) : text;
  // a bullet on a line of its own (copied from Notion, a page builder) goes on its item's line
  const clean = bulletsOnTheirLines(head.replace(/\r\n?/g, '\n'))
    .replace(/[ \t\f]+/g, ' ')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  const p: Posting = { text: clean, source, url, title: title ?? guessTitle(clean) };
  capText(p, DEFAULT_MAX_CHARS);
  if (head !== text) p.truncated = { readChars: p.text.length, totalChars: text.length };
  return p;
}
